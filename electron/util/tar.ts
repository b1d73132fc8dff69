import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import { BerthError } from '../../shared/contract/errors.js';
import { fileNameProblem } from '../../shared/contract/paths.js';

/**
 * Berth's few uses of tar, over tar-stream (which reads PAX, GNU and ustar headers as Go and Python write
 * them, sizes past 8 GiB included): a streaming reader, small archives of uploaded files, and a sniff that
 * tells an archive from other files before the engine is handed one.
 */
export type TarEntryType = 'file' | 'directory' | 'symlink' | 'link' | 'other';

export interface TarEntry {
  name: string;
  type: TarEntryType;
  size: number;
  mode: number;
  /** Epoch ms. */
  mtime: number;
  linkname: string;
}

function typeOf(type: tar.Header['type']): TarEntryType {
  if (type === 'file' || type === 'contiguous-file') return 'file';
  if (type === 'directory' || type === 'symlink' || type === 'link') return type;
  return 'other';
}

/**
 * Called for each entry with its contents as a stream it may read (whatever it does not read is skipped), and
 * `stop` to end the reading after this entry (the source is closed; nothing more is read).
 */
export type TarVisitor = (entry: TarEntry, contents: AsyncIterable<Buffer>, stop: () => void) => void | Promise<void>;

/**
 * Reads an archive as it arrives: each entry in order, with its contents as a stream the visitor may read
 * (chunk by chunk: nothing is held whole in memory). Resolves at the end of the archive, after a stop, or
 * when the signal aborts (the source is destroyed); rejects on a damaged or cut-short archive.
 */
export async function readTar(
  source: Readable,
  visit: TarVisitor,
  signal: AbortSignal,
): Promise<void> {
  if (signal.aborted) {
    source.destroy();
    return;
  }
  const extract = tar.extract();
  const close = () => {
    source.destroy();
    extract.destroy();
  };
  signal.addEventListener('abort', close, { once: true });
  source.on('error', (error) => extract.destroy(error));
  source.pipe(extract as unknown as NodeJS.WritableStream);
  try {
    for await (const contents of extract) {
      const { header } = contents;
      const entry: TarEntry = {
        name: header.name,
        type: typeOf(header.type),
        size: header.size,
        mode: header.mode & 0o7777,
        mtime: header.mtime.getTime(),
        linkname: header.linkname ?? '',
      };
      let stopped = false;
      await visit(entry, contents as unknown as AsyncIterable<Buffer>, () => (stopped = true));
      if (stopped) break;
      contents.resume();
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  } finally {
    signal.removeEventListener('abort', close);
    close();
  }
}

/**
 * A tar archive of regular files, each named by one file name (never a path, "." or ".."), as the engine's
 * PUT /archive takes it: whatever the schema let through, an entry can only land inside the target folder.
 * Built in memory: uploads through the contract are small.
 */
export async function packFiles(files: { name: string; data: Buffer; mode?: number }[]): Promise<Buffer> {
  for (const file of files) {
    const problem = fileNameProblem(file.name);
    if (problem) throw new BerthError('INVALID_INPUT', `Nothing was written: ${problem}.`, { name: file.name });
  }
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (chunk) => chunks.push(chunk as Buffer));
    pack.once('end', resolve);
    pack.once('error', reject);
  });
  const mtime = new Date();
  for (const file of files) pack.entry({ name: file.name, type: 'file', size: file.data.length, mode: file.mode ?? 0o644, mtime }, file.data);
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

const BLOCK = 512;

/**
 * Whether the first bytes of a file look like an archive the engine can unpack: a tar header with a right
 * checksum (or the zero block of an empty archive), or gzip, bzip2 or xz. The engine itself takes any
 * bytes it cannot read as an empty archive and says nothing.
 */
export function looksLikeArchive(head: Buffer): boolean {
  const magic = [[0x1f, 0x8b], [0x42, 0x5a, 0x68], [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]];
  if (magic.some((bytes) => head.length >= bytes.length && bytes.every((byte, i) => head[i] === byte))) return true;
  if (head.length < BLOCK) return false;
  const block = head.subarray(0, BLOCK);
  if (block.every((byte) => byte === 0)) return true;
  const field = block.subarray(148, 156).toString('latin1');
  const stored = parseInt(field.replace(/\0.*$/s, '').trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return stored === sum;
}
