import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { packFiles } from '../../util/tar.js';
import { downloadName, listArchiveFolder, readArchive, sendDownload } from './archive-files.js';

type FileOps = 'containers.files.list' | 'containers.files.download' | 'containers.files.upload';

/**
 * A container's filesystem through the engine's archive endpoints, which work whether the container runs or
 * not and need nothing inside it (no shell, no ls).
 */
export function fileHandlers(connection: EngineConnection): HandlerGroup<FileOps> {
  return {
    async 'containers.files.list'({ id, path: folder }, signal) {
      return { path: folder, entries: await listArchiveFolder(await readArchive(connection, id, folder, signal), folder, signal) };
    },

    'containers.files.download': ({ id, path: target }, emit, signal) => sendDownload(connection, id, target, downloadName(target), emit, signal),

    async 'containers.files.upload'({ id, folder, files }) {
      const tar = await packFiles(files.map((file) => ({ name: file.name, data: Buffer.from(file.contentBase64, 'base64') })));
      await connection.request(`Writing into ${folder} of ${id}`, (docker) => docker.getContainer(id).putArchive(tar, { path: folder }));
      return { ok: true };
    },
  };
}
