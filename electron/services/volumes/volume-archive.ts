import fs from 'node:fs';
import { addAbortSignal, pipeline as pipelineCallback, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BerthError } from '../../../shared/contract/errors.js';
import type { EngineConnection } from '../../engine/connection.js';
import { toBerthError } from '../../engine/engine-errors.js';
import { readArchive } from '../containers/archive-files.js';
import { HELPER_ROOT as ROOT, type VolumeHelpers } from './helper.js';

/** GET archive of "<root>/." gives the contents as "./…", so that an archive unpacks into any volume's root. */
export const VOLUME_CONTENTS = `${ROOT}/.`;

/**
 * Writes a whole volume as a tar to `file` (made here, 0600: a volume may hold secrets), through `through`
 * (a byte counter, or a limit). An error of `through` that is already Berth's (a limit's refusal) is passed on
 * as it is; any other is the engine's or the disk's, said with what was being done.
 */
export async function exportVolumeTo(
  connection: EngineConnection,
  helpers: VolumeHelpers,
  name: string,
  file: string,
  through: Transform,
  signal: AbortSignal,
): Promise<void> {
  await helpers.run('export', [{ volume: name, at: ROOT, readOnly: true }], async (container) => {
    // Opened first: a caller's clean-up then always finds the file it made, and an archive the engine is
    // sending is never left unread (the engine keeps the helper locked until it is).
    const out = (await fs.promises.open(file, 'wx', 0o600)).createWriteStream();
    const archive = await readArchive(connection, container.id, VOLUME_CONTENTS, signal).catch((error: unknown) => {
      out.destroy();
      throw error;
    });
    await pipeline(archive, through, out, { signal }).catch((error: unknown) => {
      throw signal.aborted || error instanceof BerthError ? error : toBerthError(error, `Exporting volume ${name} to ${file}`);
    });
  });
}

/**
 * Unpacks a tar file ("./…" entries, as exported) into a volume's root, through `through` (a byte counter).
 * The file is opened only once the helper exists, so that progress means bytes on their way to the engine.
 */
export async function unpackIntoVolume(
  connection: EngineConnection,
  helpers: VolumeHelpers,
  name: string,
  file: string,
  through: Transform,
  signal: AbortSignal,
): Promise<void> {
  await helpers.run('import', [{ volume: name, at: ROOT, readOnly: false }], async (container) => {
    const source = fs.createReadStream(file);
    // An error of the file, or a cancel, destroys the body, which aborts the upload to the engine.
    const body = addAbortSignal(signal, pipelineCallback(source, through, () => {}));
    try {
      await connection.request(`Importing ${file} into volume ${name}`, () => container.putArchive(body, { path: ROOT })).catch((error: unknown) => {
        // A damaged archive is the file's fault, not the engine's: say so rather than "internal error".
        if (error instanceof BerthError && /tar file|invalid tar header|unexpected EOF/i.test(error.message)) {
          throw new BerthError('INVALID_INPUT', `${file} could not be unpacked (damaged or cut short?): ${error.message}`, error.details);
        }
        throw error;
      });
    } finally {
      source.destroy();
    }
  });
}
