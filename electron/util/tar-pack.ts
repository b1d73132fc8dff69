import fs from 'node:fs';
import { Readable } from 'node:stream';

/**
 * A streaming tar writer for files on disk (a build context can be gigabytes: ./tar.ts's writer builds small
 * archives in memory). ustar headers, with a PAX record for long names and link targets and for sizes past
 * ustar's 8 GiB; owner 0:0 and no user names, as the docker CLI packs a build context.
 */
export interface PackEntry {
  /** The name inside the archive, '/'-separated, relative. */
  name: string;
  type: 'file' | 'directory' | 'symlink';
  /** Where a file's contents are read from. */
  source?: string;
  size: number;
  mode: number;
  mtimeMs: number;
  linkname?: string;
}

const BLOCK = 512;
const USTAR_MAX_SIZE = 0o77777777777;

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  // The record's length counts its own digits.
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

function header(name: string, entry: Pick<PackEntry, 'mode' | 'mtimeMs'> & { size: number; flag: string; linkname?: string }): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write((entry.mode & 0o7777).toString(8).padStart(7, '0'), 100, 8, 'ascii');
  block.write('0000000', 108, 8, 'ascii');
  block.write('0000000', 116, 8, 'ascii');
  block.write(Math.min(entry.size, USTAR_MAX_SIZE).toString(8).padStart(11, '0'), 124, 12, 'ascii');
  block.write(Math.max(0, Math.floor(entry.mtimeMs / 1000)).toString(8).padStart(11, '0'), 136, 12, 'ascii');
  block.write(entry.flag, 156, 1, 'ascii');
  if (entry.linkname) block.write(entry.linkname, 157, 100, 'utf8');
  block.write('ustar\x0000', 257, 8, 'binary');
  block.fill(0x20, 148, 156); // the checksum is computed with its own field as spaces
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return block;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** The header block(s) of one entry: a PAX extended header first when ustar cannot hold a field. */
export function entryHeader(entry: PackEntry): Buffer {
  const name = entry.type === 'directory' && !entry.name.endsWith('/') ? `${entry.name}/` : entry.name;
  const flag = entry.type === 'directory' ? '5' : entry.type === 'symlink' ? '2' : '0';
  const size = entry.type === 'file' ? entry.size : 0;
  const records: string[] = [];
  if (Buffer.byteLength(name) > 100) records.push(paxRecord('path', name));
  if (entry.linkname && Buffer.byteLength(entry.linkname) > 100) records.push(paxRecord('linkpath', entry.linkname));
  if (size > USTAR_MAX_SIZE) records.push(paxRecord('size', String(size)));
  const main = header(Buffer.byteLength(name) > 100 ? name.slice(0, 99) : name, {
    mode: entry.mode,
    mtimeMs: entry.mtimeMs,
    size,
    flag,
    ...(entry.linkname ? { linkname: Buffer.byteLength(entry.linkname) > 100 ? entry.linkname.slice(0, 99) : entry.linkname } : {}),
  });
  if (records.length === 0) return main;
  const data = Buffer.from(records.join(''), 'utf8');
  return Buffer.concat([header('PaxHeader', { mode: 0o644, mtimeMs: entry.mtimeMs, size: data.length, flag: 'x' }), data, padding(data.length), main]);
}

async function* archive(entries: Iterable<PackEntry>): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    yield entryHeader(entry);
    if (entry.type !== 'file' || entry.size === 0) continue;
    let read = 0;
    for await (const chunk of fs.createReadStream(entry.source ?? '', { start: 0, end: entry.size - 1 })) {
      read += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
    // The header promised `size` bytes: a file that shrank since it was listed would corrupt the archive.
    if (read !== entry.size) throw new Error(`${entry.source} changed while it was being read (${read} of ${entry.size} bytes)`);
    yield padding(entry.size);
  }
  yield Buffer.alloc(BLOCK * 2);
}

/** A tar archive of the entries, produced as it is read (back-pressure included). */
export function packEntries(entries: Iterable<PackEntry>): Readable {
  return Readable.from(archive(entries), { objectMode: false });
}
