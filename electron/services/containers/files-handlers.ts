import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { tarFiles } from '../../util/tar.js';
import { downloadName, listArchiveFolder, readArchive, sendDownload } from './archive-files.js';

type FileOps = 'containers.files.list' | 'containers.files.download' | 'containers.files.upload' | 'containers.changes' | 'containers.commit';

/**
 * A container's filesystem through the engine's archive endpoints, which work whether the container runs or
 * not and need nothing inside it (no shell, no ls).
 */
export function fileHandlers(connection: EngineConnection): HandlerGroup<FileOps> {
  return {
    async 'containers.files.list'({ id, path: folder }, signal) {
      return { path: folder, entries: await listArchiveFolder(await readArchive(connection, id, folder), folder, signal) };
    },

    'containers.files.download': ({ id, path: target }, emit, signal) => sendDownload(connection, id, target, downloadName(target), emit, signal),

    async 'containers.files.upload'({ id, folder, files }) {
      const tar = tarFiles(files.map((file) => ({ name: file.name, data: Buffer.from(file.contentBase64, 'base64') })));
      await connection.request(`Writing into ${folder} of ${id}`, (docker) => docker.getContainer(id).putArchive(tar, { path: folder }));
      return { ok: true };
    },

    async 'containers.changes'({ id }) {
      const changes: unknown = await connection.request(`Reading changes of ${id}`, (docker) => docker.getContainer(id).changes());
      // An unchanged container's answer is a JSON null, which docker-modem hands back as raw bytes.
      if (!Array.isArray(changes)) return [];
      const kinds = ['changed', 'added', 'deleted'] as const;
      return (changes as { Path: string; Kind: number }[]).map((change) => ({ path: change.Path, kind: kinds[change.Kind] ?? 'changed' }));
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
