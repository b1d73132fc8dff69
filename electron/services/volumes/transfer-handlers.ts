import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { BerthError } from '../../../shared/contract/errors.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { byteCounter } from '../../util/byte-counter.js';
import { readTar } from '../../util/tar.js';
import { readArchive } from '../containers/archive-files.js';
import { exists, listVolumes } from './handlers.js';
import { HELPER_ROOT as ROOT, volumeHelpers, type VolumeHelpers } from './helper.js';
import { VOLUME_CONTENTS, exportVolumeTo, unpackIntoVolume } from './volume-archive.js';
import { checkExportTarget, checkImportSource } from '../host-files.js';

type TransferOps = 'volumes.export' | 'volumes.import' | 'volumes.clone';

/** A clone must not look anonymous because its source was. */
const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

/** Whole volumes in and out: to and from tar files on this computer, and into a new volume (clone). */
export function volumeTransferHandlers(connection: EngineConnection): HandlerGroup<TransferOps> {
  const helpers = volumeHelpers(connection);

  const removeVolume = (name: string) =>
    connection.request(`Removing volume ${name}`, (docker) => docker.getVolume(name).remove()).catch(() => undefined);

  return {
    async 'volumes.export'({ name, file, overwrite }, emit, signal) {
      await checkExportTarget(file, overwrite);
      const [volume] = await listVolumes(connection, [name]);
      if (!volume) throw new BerthError('NOT_FOUND', `No volume named ${name}.`);
      const counter = byteCounter((bytes) => emit({ kind: 'progress', bytes, totalBytes: volume.sizeBytes }));
      // Written beside the target and renamed at the end: a failed or cancelled export leaves no half archive.
      const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
      try {
        await exportVolumeTo(connection, helpers, name, partial, counter.stream, signal);
        await fs.promises.rename(partial, file);
      } finally {
        await fs.promises.rm(partial, { force: true });
      }
      emit({ kind: 'done', bytes: counter.total(), file });
    },

    async 'volumes.import'({ name, file, overwrite }, emit, signal) {
      const totalBytes = await checkImportSource(file);
      const existed = await exists(connection, name);
      if (!existed) await connection.request(`Creating volume ${name}`, (docker) => docker.createVolume({ Name: name }));
      const counter = byteCounter((bytes) => emit({ kind: 'progress', bytes, totalBytes }));
      try {
        if (existed && !overwrite && (await holdsFiles(connection, helpers, name, signal))) {
          throw new BerthError('CONFLICT', `Volume ${name} is not empty: allow overwriting to unpack the archive into it anyway.`, { notEmpty: true });
        }
        await unpackIntoVolume(connection, helpers, name, file, counter.stream, signal);
      } catch (error) {
        // A volume made for this import holds nothing the user had: it goes with the failure.
        if (!existed) await removeVolume(name);
        throw error;
      }
      emit({ kind: 'done', bytes: counter.total(), file, createdVolume: !existed });
    },

    /**
     * Cancelled (`signal`) at any point before it answers, a clone stops copying and removes both helpers and
     * the target volume it made: a CANCELLED answer means neither the target nor a helper is left. A cancel
     * that comes after the answer is too late (the clone is there, and was answered).
     */
    async 'volumes.clone'({ source, target }, signal) {
      const info = await connection.request(`Reading volume ${source}`, (docker) => docker.getVolume(source).inspect({ abortSignal: signal }), signal);
      if (await exists(connection, target)) throw new BerthError('CONFLICT', `A volume named ${target} already exists.`);
      signal.throwIfAborted();
      // Driver options are not copied: they may name the source's very storage (an NFS export, a device).
      const labels = { ...(info.Labels ?? {}) };
      delete labels[ANONYMOUS_LABEL];
      // Not aborted once asked for: the engine may have made it anyway, and the clean-up below must find it.
      await connection.request(`Creating volume ${target}`, (docker) => docker.createVolume({ Name: target, Driver: info.Driver, Labels: labels }));
      try {
        // Two helpers: the engine locks a container while its archive is read, so one helper could not take
        // the PUT of what it is still sending.
        await helpers.run('clone', [{ volume: source, at: ROOT, readOnly: true }], (reader) =>
          helpers.run('clone', [{ volume: target, at: ROOT, readOnly: false }], async (writer) => {
            const archive = await readArchive(connection, reader.id, VOLUME_CONTENTS, signal);
            try {
              await connection.request(
                `Copying volume ${source} into ${target}`,
                () => writer.putArchive(archive, { path: ROOT, abortSignal: signal }),
                signal,
              );
            } finally {
              // Unread, it would keep the reader locked and so hold up its removal.
              archive.destroy();
            }
          }),
        );
        const [clone] = await listVolumes(connection, [target]);
        if (!clone) throw new BerthError('NOT_FOUND', `Volume ${target} vanished right after it was made.`);
        // A cancel that came while the copy was being finished still wins over the answer.
        signal.throwIfAborted();
        return clone;
      } catch (error) {
        await removeVolume(target);
        throw error;
      }
    },
  };
}

/**
 * Whether a volume holds anything: its archive is read up to the second entry only (the first is the root
 * itself), so a big volume costs no more than an empty one. A helper of its own, read-only: the engine locks a
 * container while its archive is read, and the import's helper must be free for the upload.
 */
async function holdsFiles(connection: EngineConnection, helpers: VolumeHelpers, name: string, signal: AbortSignal): Promise<boolean> {
  return helpers.run('import-check', [{ volume: name, at: ROOT, readOnly: true }], async (container) => {
    let entries = 0;
    await readTar(
      await readArchive(connection, container.id, VOLUME_CONTENTS, signal),
      (_entry, _contents, stop) => {
        entries++;
        if (entries > 1) stop();
      },
      signal,
    );
    return entries > 1;
  });
}
