import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { BerthError } from '../../../shared/contract/errors.js';
import { HELPER_LABEL, IMAGE_LABEL } from '../../engine/berth-labels.js';
import type { EngineConnection } from '../../engine/connection.js';
import { jsonLines } from '../../util/json-lines.js';
import { pumpStream } from '../../util/pump.js';
import { packFiles } from '../../util/tar.js';

/** Berth's own image for helpers: made locally from a tiny archive, never pulled. */
export const HELPER_IMAGE = 'berth/volume-helper:1';
/** Where a helper mounts the one volume it serves. */
export const HELPER_ROOT = '/volume';

export interface HelperMount {
  volume: string;
  /** Where the helper sees it, e.g. /volume. */
  at: string;
  readOnly: boolean;
}

export interface VolumeHelpers {
  /**
   * Creates a helper container with the volumes mounted, hands it to `use`, and removes it afterwards
   * whatever happens (success, failure, cancel). The helper is never started: the archive endpoints work on a
   * created container, with its volumes mounted, so no image with a shell or tar is needed.
   */
  run<T>(purpose: string, mounts: HelperMount[], use: (container: Docker.Container) => Promise<T>): Promise<T>;
}

export function volumeHelpers(connection: EngineConnection): VolumeHelpers {
  let making: Promise<void> | null = null;

  const ensureImage = async () => {
    try {
      const image = await connection.request('Looking for the volume helper image', (docker) => docker.getImage(HELPER_IMAGE).inspect());
      if (image.Config?.Labels?.[IMAGE_LABEL] === 'volume-helper') return;
    } catch (error) {
      if (!(error instanceof BerthError && error.code === 'NOT_FOUND')) throw error;
    }
    // Two operations at once need it made only once.
    making ??= makeImage(connection).finally(() => (making = null));
    await making;
  };

  const mustExist = async (volume: string) => {
    // Mounting a missing volume would quietly create an empty one.
    await connection.request(`Reading volume ${volume}`, (docker) => docker.getVolume(volume).inspect());
  };

  return {
    async run(purpose, mounts, use) {
      for (const mount of mounts) await mustExist(mount.volume);
      await ensureImage();
      const container = await connection.request(`Preparing a helper for ${mounts.map((m) => m.volume).join(', ')}`, (docker) =>
        docker.createContainer({
          name: `berth-helper-${purpose}-${randomBytes(4).toString('hex')}`,
          Image: HELPER_IMAGE,
          // Never run; the engine only wants a command to be named.
          Cmd: ['/berth-volume-helper'],
          Labels: { [HELPER_LABEL]: 'true', [`${HELPER_LABEL}.purpose`]: purpose },
          NetworkDisabled: true,
          HostConfig: {
            NetworkMode: 'none',
            // NoCopy: an empty volume must stay empty, not be filled from the image's folder.
            Mounts: mounts.map((m) => ({
              Type: 'volume' as const,
              Source: m.volume,
              Target: m.at,
              ReadOnly: m.readOnly,
              // dockerode's types want every option; the engine takes the one that matters.
              VolumeOptions: { NoCopy: true } as Docker.MountSettings['VolumeOptions'],
            })),
          },
        }),
      );
      try {
        return await use(container);
      } finally {
        // Never `v: true`: the volumes are the user's. A failure here leaves a labelled leftover, not a wrong answer.
        await container.remove({ force: true }).catch(() => undefined);
      }
    },
  };
}

/**
 * POST /images/create?fromSrc=- with a one-file archive (an image needs some layer, and this is the smallest),
 * then the tag, by the id the import reports. Naming the image in the import itself is not portable: Podman
 * takes the repository but not the tag (it made `berth/volume-helper:latest`).
 */
async function makeImage(connection: EngineConnection): Promise<void> {
  const [repo, tag] = HELPER_IMAGE.split(':') as [string, string];
  const archive = await packFiles([
    { name: 'berth-volume-helper.txt', data: Buffer.from('Made by Berth to mount volumes in helper containers that are never started.\n') },
  ]);
  const output = await connection.request('Making the volume helper image', (docker) =>
    docker.importImage(Readable.from([archive]), { message: 'Berth volume helper', changes: [`LABEL ${IMAGE_LABEL}=volume-helper`] }),
  );
  let failure: string | null = null;
  let id: string | null = null;
  await pumpStream(
    output as Readable,
    jsonLines<{ status?: string; error?: string; errorDetail?: { message?: string } }>((line) => {
      if (line.error || line.errorDetail) failure = line.errorDetail?.message ?? line.error ?? 'unknown error';
      if (line.status && /^sha256:[0-9a-f]{64}$/.test(line.status)) id = line.status;
    }),
    new AbortController().signal,
  );
  if (failure) throw new BerthError('INTERNAL', `Making the volume helper image failed: ${failure}`);
  if (!id) throw new BerthError('INTERNAL', 'Making the volume helper image failed: the engine did not say which image it made.');
  const image = id;
  try {
    await connection.request('Naming the volume helper image', (docker) => docker.getImage(image).tag({ repo, tag }));
  } catch (error) {
    // An image nobody can name is litter: it goes with the failure.
    await connection.request('Removing the unnamed helper image', (docker) => docker.getImage(image).remove()).catch(() => undefined);
    throw error;
  }
}
