import { entryHeader } from './tar-pack.js';

/**
 * Just enough tar for the engine's archive endpoints: a streaming reader of the headers (and, on request, the
 * contents) of POSIX/PAX/GNU archives as Go’s archive/tar writes them, and small archives built in memory
 * (their headers come from ./tar-pack.ts, the streaming writer).
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

const BLOCK = 512;

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString('utf8');
}

function octal(header: Buffer, offset: number, length: number): number {
  // GNU base-256 for large numbers: the high bit of the first byte is set.
  if ((header[offset] ?? 0) & 0x80) {
    let value = 0;
    for (let i = offset + 1; i < offset + length; i++) value = value * 256 + (header[i] ?? 0);
    return value;
  }
  const text = field(header, offset, length).trim();
  return text ? parseInt(text, 8) : 0;
}

function typeOf(flag: string): TarEntryType {
  if (flag === '0' || flag === '' || flag === '7') return 'file';
  if (flag === '5') return 'directory';
  if (flag === '2') return 'symlink';
  if (flag === '1') return 'link';
  return 'other';
}

/** PAX records: "LEN key=value\n" … */
function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const length = parseInt(data.subarray(at, space).toString(), 10);
    if (!length) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return out;
}

export interface TarReaderHandlers {
  onEntry(entry: TarEntry): void;
  /** Return true to receive this entry's contents through onData. */
  wantData?(entry: TarEntry): boolean;
  onData?(entry: TarEntry, chunk: Buffer): void;
}

/** A push parser: feed it the archive's bytes in chunks of any size. */
export function tarReader(handlers: TarReaderHandlers): (chunk: Buffer) => void {
  let buffer: Buffer = Buffer.alloc(0);
  let current: TarEntry | null = null;
  let remaining = 0; // content bytes of the current entry still to come
  let padding = 0;
  let wanted = false;
  let meta: { kind: 'pax' | 'longname' | 'longlink'; size: number; chunks: Buffer[] } | null = null;
  let pax: Record<string, string> = {};
  let longName: string | null = null;
  let longLink: string | null = null;

  return (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (remaining > 0) {
        if (buffer.length === 0) return;
        const take = Math.min(remaining, buffer.length);
        const part = buffer.subarray(0, take);
        if (meta) meta.chunks.push(part);
        else if (wanted && current) handlers.onData?.(current, part);
        buffer = buffer.subarray(take);
        remaining -= take;
        if (remaining > 0) return;
        if (meta) {
          const data = Buffer.concat(meta.chunks);
          if (meta.kind === 'pax') pax = parsePax(data);
          else if (meta.kind === 'longname') longName = data.toString('utf8').replace(/\0+$/, '');
          else longLink = data.toString('utf8').replace(/\0+$/, '');
          meta = null;
        }
      }
      if (padding > 0) {
        if (buffer.length < padding) {
          padding -= buffer.length;
          buffer = Buffer.alloc(0);
          return;
        }
        buffer = buffer.subarray(padding);
        padding = 0;
      }
      if (buffer.length < BLOCK) return;
      const header = buffer.subarray(0, BLOCK);
      buffer = buffer.subarray(BLOCK);
      if (header.every((byte) => byte === 0)) continue; // end-of-archive blocks
      const flag = String.fromCharCode(header[156] ?? 0).replace('\0', '');
      const size = octal(header, 124, 12);
      padding = (BLOCK - (size % BLOCK)) % BLOCK;
      remaining = size;
      if (flag === 'x' || flag === 'L' || flag === 'K') {
        meta = { kind: flag === 'x' ? 'pax' : flag === 'L' ? 'longname' : 'longlink', size, chunks: [] };
        if (size === 0) meta = null;
        continue;
      }
      if (flag === 'g') {
        meta = null;
        wanted = false;
        current = null;
        continue;
      }
      const prefix = field(header, 345, 155);
      const baseName = field(header, 0, 100);
      const entry: TarEntry = {
        name: pax.path ?? longName ?? (prefix ? `${prefix}/${baseName}` : baseName),
        type: typeOf(flag),
        size: pax.size ? Number(pax.size) : size,
        mode: octal(header, 100, 8) & 0o7777,
        mtime: (pax.mtime ? Number(pax.mtime) : octal(header, 136, 12)) * 1000,
        linkname: pax.linkpath ?? longLink ?? field(header, 157, 100),
      };
      pax = {};
      longName = null;
      longLink = null;
      current = entry;
      handlers.onEntry(entry);
      wanted = entry.type === 'file' && (handlers.wantData?.(entry) ?? false);
    }
  };
}

/** A tar archive of regular files (names may contain folders), as the engine's PUT /archive takes it. */
export function tarFiles(files: { name: string; data: Buffer; mode?: number; mtime?: number }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const file of files) {
    blocks.push(entryHeader({ name: file.name, type: 'file', size: file.data.length, mode: file.mode ?? 0o644, mtimeMs: file.mtime ?? Date.now() }));
    blocks.push(file.data, Buffer.alloc((BLOCK - (file.data.length % BLOCK)) % BLOCK));
  }
  blocks.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(blocks);
}

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
  const stored = parseInt(field(block, 148, 8).trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return stored === sum;
}
