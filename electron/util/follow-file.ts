import fs from 'node:fs';
import { lineSplitter } from './lines.js';

/** The last `count` lines of a text file (reading at most its last 256 KiB). */
export async function lastLines(file: string, count: number): Promise<string[]> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch {
    return [];
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 256 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.slice(-count);
  } finally {
    await handle.close();
  }
}

/**
 * `tail -n COUNT -f`: the last lines, then new ones as the file grows (told by fs.watch, not by polling),
 * until the signal aborts.
 */
export async function followFile(file: string, count: number, onLines: (lines: string[]) => void, signal: AbortSignal): Promise<void> {
  const initial = await lastLines(file, count);
  if (initial.length) onLines(initial);
  let position = await fs.promises.stat(file).then((s) => s.size, () => 0);
  let reading = false;
  let again = false;
  const pending: string[] = [];
  const split = lineSplitter((line) => pending.push(line));
  const readMore = async () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        const { size } = await fs.promises.stat(file);
        if (size < position) position = 0; // truncated or replaced: start over
        if (size > position) {
          const handle = await fs.promises.open(file, 'r');
          const buffer = Buffer.alloc(size - position);
          await handle.read(buffer, 0, buffer.length, position);
          await handle.close();
          position = size;
          split.push(buffer);
          if (pending.length) onLines(pending.splice(0));
        }
      } while (again);
    } catch {
      // The file may be gone for a moment (rotation); the next change event reads again.
    } finally {
      reading = false;
    }
  };
  const watcher = fs.watch(file, () => void readMore());
  await new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  watcher.close();
}
