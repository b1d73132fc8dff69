import path from 'node:path/posix';
import type { Readable } from 'node:stream';
import type { FileEntry } from '../../../shared/contract/containers.js';
import { BerthError } from '../../../shared/contract/errors.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { tarFiles, tarReader, type TarEntry } from '../../util/tar.js';
import { pumpStream } from '../../util/pump.js';

type FileOps = 'containers.files.list' | 'containers.files.download' | 'containers.files.upload' | 'containers.changes' | 'containers.commit';

/** Download chunks are cut to this size so that no frame is large. */
const CHUNK_BYTES = 256 * 1024;

/**
 * A container's filesystem through the engine's archive endpoints, which work whether the container runs or
 * not and need nothing inside it (no shell, no ls).
 */
export function fileHandlers(connection: EngineConnection): HandlerGroup<FileOps> {
  const archive = (id: string, at: string) =>
    connection.request(`Reading ${at} in ${id}`, async (docker) => (await docker.getContainer(id).getArchive({ path: at })) as unknown as Readable);

  return {
    async 'containers.files.list'({ id, path: folder }, signal) {
      const stream = await archive(id, folder);
      const entries = new Map<string, FileEntry>();
      let top: TarEntry | null = null;
      const feed = tarReader({
        onEntry(entry) {
          if (!top) {
            top = entry;
            return;
          }
          const relative = entry.name.slice(top.name.length).replace(/\/$/, '');
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
      });
      await pumpStream(stream, feed, signal);
      if (top && (top as TarEntry).type !== 'directory') {
        throw new BerthError('INVALID_INPUT', `${folder} is not a folder.`);
      }
      const sorted = [...entries.values()].sort((a, b) =>
        a.type === 'directory' && b.type !== 'directory' ? -1 : b.type === 'directory' && a.type !== 'directory' ? 1 : a.name.localeCompare(b.name),
      );
      return { path: folder, entries: sorted };
    },

    async 'containers.files.download'({ id, path: target }, emit, signal) {
      const stat = await connection.request(`Reading ${target} in ${id}`, (docker) =>
        docker.getContainer(id).infoArchive({ path: target }) as Promise<unknown>,
      );
      (stat as Readable | null)?.resume?.(); // a HEAD response: only its headers matter
      const info = decodeStat(stat);
      const stream = await archive(id, target);
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
      const name = path.basename(target) || 'root';
      if (info.isDirectory) {
        emit({ fileName: `${name}.tar`, kind: 'tar', sizeBytes: null });
        await pumpStream(stream, push, signal);
      } else {
        emit({ fileName: name, kind: 'file', sizeBytes: info.size });
        // The archive of one file holds one entry: pass its contents on, not the tar around them.
        await pumpStream(stream, tarReader({ onEntry: () => {}, wantData: () => true, onData: (_entry, chunk) => push(chunk) }), signal);
      }
      if (!signal.aborted) send(true);
    },

    async 'containers.files.upload'({ id, folder, files }) {
      const tar = tarFiles(files.map((file) => ({ name: file.name, data: Buffer.from(file.contentBase64, 'base64') })));
      await connection.request(`Writing into ${folder} of ${id}`, (docker) => docker.getContainer(id).putArchive(tar, { path: folder }));
      return { ok: true };
    },

    async 'containers.changes'({ id }) {
      const changes = (await connection.request(`Reading changes of ${id}`, (docker) => docker.getContainer(id).changes())) as
        | { Path: string; Kind: number }[]
        | null;
      const kinds = ['changed', 'added', 'deleted'] as const;
      return (changes ?? []).map((change) => ({ path: change.Path, kind: kinds[change.Kind] ?? 'changed' }));
    },

    async 'containers.commit'({ id, repository, tag, author, message, changes, pause }) {
      const result = (await connection.request(`Committing ${id}`, (docker) =>
        docker.getContainer(id).commit({
          ...(repository ? { repo: repository } : {}),
          ...(tag ? { tag } : {}),
          ...(author ? { author } : {}),
          ...(message ? { comment: message } : {}),
          changes,
          pause,
        }),
      )) as { Id?: string; id?: string };
      return { imageId: result.Id ?? result.id ?? '' };
    },
  };
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
