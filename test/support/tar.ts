import { Readable } from 'node:stream';
import { readTar, type TarEntry } from '../../electron/util/tar.js';

/** Every entry of an archive in order, with each file's contents, read by Berth's own reader. */
export async function unpackAll(archive: Readable | Buffer, chunkSize = 64 * 1024): Promise<(TarEntry & { data: Buffer })[]> {
  const source = Buffer.isBuffer(archive) ? Readable.from(chunks(archive, chunkSize)) : archive;
  const entries: (TarEntry & { data: Buffer })[] = [];
  await readTar(
    source,
    async (entry, contents) => {
      const parts: Buffer[] = [];
      for await (const chunk of contents) parts.push(chunk);
      entries.push({ ...entry, data: Buffer.concat(parts) });
    },
    new AbortController().signal,
  );
  return entries;
}

function* chunks(buffer: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += size) yield buffer.subarray(at, at + size);
}
