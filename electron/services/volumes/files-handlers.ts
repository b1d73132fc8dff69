import { BerthError } from '../../../shared/contract/errors.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { packFiles } from '../../util/tar.js';
import { downloadName, listArchiveFolder, readArchive, sendDownload } from '../containers/archive-files.js';
import { HELPER_ROOT as ROOT, volumeHelpers } from './helper.js';

type VolumeFileOps = 'volumes.files.list' | 'volumes.files.download' | 'volumes.files.upload';

/** A path inside the volume as the helper sees it; "/" alone is the volume's root. */
export function inHelper(path: string): string {
  return path === '/' ? ROOT : `${ROOT}${path.replace(/\/+$/, '')}`;
}

/** The engine's "not found" names the helper's path and id, which mean nothing to the user. */
async function inVolume<T>(name: string, path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BerthError && error.code === 'NOT_FOUND') throw new BerthError('NOT_FOUND', `${path} does not exist in volume ${name}.`);
    throw error;
  }
}

/**
 * A volume's files, browsed like a container's: through the archive endpoints of a helper container that
 * mounts the volume (read-only unless writing) and is removed when the operation ends.
 */
export function volumeFileHandlers(connection: EngineConnection): HandlerGroup<VolumeFileOps> {
  const helpers = volumeHelpers(connection);

  return {
    'volumes.files.list': ({ name, path }, signal) =>
      helpers.run('browse', [{ volume: name, at: ROOT, readOnly: true }], (container) =>
        inVolume(name, path, async () => ({
          path,
          entries: await listArchiveFolder(await readArchive(connection, container.id, inHelper(path), signal), path, signal),
        })),
      ),

    'volumes.files.download': ({ name, path }, emit, signal) =>
      helpers.run('download', [{ volume: name, at: ROOT, readOnly: true }], (container) =>
        inVolume(name, path, () =>
          // The whole volume downloads as its contents ("./…"), the same archive `volumes.export` writes.
          path === '/'
            ? sendDownload(connection, container.id, `${ROOT}/.`, name, emit, signal)
            : sendDownload(connection, container.id, inHelper(path), downloadName(path), emit, signal),
        ),
      ),

    'volumes.files.upload': ({ name, folder, files }) =>
      helpers.run('upload', [{ volume: name, at: ROOT, readOnly: false }], (container) =>
        inVolume(name, folder, async () => {
          const tar = await packFiles(files.map((file) => ({ name: file.name, data: Buffer.from(file.contentBase64, 'base64') })));
          await connection.request(`Writing into ${folder} of volume ${name}`, () => container.putArchive(tar, { path: inHelper(folder) }));
          return { ok: true as const };
        }),
      ),
  };
}
