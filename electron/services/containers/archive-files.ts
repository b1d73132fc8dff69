import path from 'node:path/posix';
import type { Readable } from 'node:stream';
import type { FileEntry } from '../../../shared/contract/containers.js';
import { BerthError } from '../../../shared/contract/errors.js';
import type { EventOf } from '../../../shared/contract/index.js';
import type { EngineConnection } from '../../engine/connection.js';
import { readTar, type TarEntry } from '../../util/tar.js';
import { pumpStream } from '../../util/pump.js';

/** Download chunks are cut to this size so that no frame is large. */
const CHUNK_BYTES = 256 * 1024;

/**
 * Browsing and downloading through the engine's archive endpoints, for a container's own filesystem and for
 * the volume helpers alike: they work whether the container runs or not and need nothing inside it.
 */
export function readArchive(connection: EngineConnection, id: string, at: string, signal: AbortSignal): Promise<Readable> {
  return connection.request(
    `Reading ${at} in ${id}`,
    // The signal aborts the request, and so the archive while it arrives.
    async (docker) => (await docker.getContainer(id).getArchive({ path: at, abortSignal: signal })) as unknown as Readable,
    signal,
  );
}

/**
 * The entries of the folder an archive holds (its first entry), sorted folders first. Cancelled (`signal`),
 * it throws: what was read so far is no listing.
 */
export async function listArchiveFolder(stream: Readable, folder: string, signal: AbortSignal): Promise<FileEntry[]> {
  const entries = new Map<string, FileEntry>();
  let top: TarEntry | null = null;
  let inside = '';
  await readTar(
    stream,
    (entry) => {
      if (!top) {
        top = entry;
        inside = `${entry.name.replace(/\/+$/, '')}/`;
        return;
      }
      if (!entry.name.startsWith(inside)) return;
      const relative = entry.name.slice(inside.length).replace(/\/$/, '');
      const [first, ...rest] = relative.split('/');
      if (!first) return;
      if (rest.length === 0) {
        entries.set(first, {
          name: first,
          type: entry.type,
          sizeBytes: entry.type === 'file' ? entry.size : 0,
          mode: entry.mode,
          modified: entry.mtime,
          linkTarget: entry.linkname || null,
        });
      } else {
        // A folder's size is what it holds, as people expect from a file manager.
        const parent = entries.get(first);
        if (parent && entry.type === 'file') parent.sizeBytes += entry.size;
      }
    },
    signal,
  );
  signal.throwIfAborted();
  if (top && (top as TarEntry).type !== 'directory') {
    throw new BerthError('INVALID_INPUT', `${folder} is not a folder.`);
  }
  return [...entries.values()].sort((a, b) =>
    a.type === 'directory' && b.type !== 'directory' ? -1 : b.type === 'directory' && a.type !== 'directory' ? 1 : a.name.localeCompare(b.name),
  );
}

/**
 * Sends `at` in container `id` as download events: a file's own bytes, or a folder as a tar archive.
 * `fileName` is what the user saves it as (".tar" is added for a folder).
 */
export async function sendDownload(
  connection: EngineConnection,
  id: string,
  at: string,
  fileName: string,
  emit: (event: EventOf<'containers.files.download'>) => void,
  signal: AbortSignal,
): Promise<void> {
  const stat = await connection.request(`Reading ${at} in ${id}`, (docker) => docker.getContainer(id).infoArchive({ path: at }) as Promise<unknown>);
  (stat as Readable | null)?.resume?.(); // a HEAD response: only its headers matter
  const info = decodeStat(stat);
  const stream = await readArchive(connection, id, at, signal);
  let buffered: Buffer[] = [];
  let size = 0;
  const send = (force: boolean) => {
    if (!force && size < CHUNK_BYTES) return;
    if (size) emit({ chunkBase64: Buffer.concat(buffered).toString('base64') });
    buffered = [];
    size = 0;
  };
  const push = (chunk: Buffer) => {
    buffered.push(chunk);
    size += chunk.length;
    send(false);
  };
  if (info.isDirectory) {
    emit({ fileName: `${fileName}.tar`, kind: 'tar', sizeBytes: null });
    await pumpStream(stream, push, signal);
  } else {
    emit({ fileName, kind: 'file', sizeBytes: info.size });
    // The archive of one file holds one entry: pass its contents on, not the tar around them.
    await readTar(
      stream,
      async (_entry, contents, stop) => {
        for await (const chunk of contents) push(chunk);
        stop();
      },
      signal,
    );
  }
  if (!signal.aborted) send(true);
}

/** The name a path is saved under: its last part, or "root" for "/". */
export function downloadName(at: string): string {
  return path.basename(at) || 'root';
}

/** The X-Docker-Container-Path-Stat header: base64 JSON {name, size, mode, mtime, linkTarget}. */
function decodeStat(raw: unknown): { isDirectory: boolean; size: number } {
  const headers = (raw as { headers?: Record<string, string> } | null)?.headers;
  const encoded = headers?.['x-docker-container-path-stat'];
  if (!encoded) return { isDirectory: false, size: 0 };
  const stat = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as { size: number; mode: number };
  // Go's os.FileMode keeps the directory flag in bit 31.
  return { isDirectory: (stat.mode & 0x80000000) !== 0, size: stat.size };
}
