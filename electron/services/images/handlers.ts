import type Docker from 'dockerode';
import { BerthError } from '../../../shared/contract/errors.js';
import { imageRef, isImageId, parseImageRef } from '../../../shared/image-ref.js';
import type { EngineConnection } from '../../engine/connection.js';
import { isBerthImage } from '../../engine/berth-labels.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { archiveHandlers } from './archive-handlers.js';
import { buildHandler } from './build-handler.js';
import { pruneHandler } from './prune-handler.js';
import type { RegistryAuth } from './registry-auth.js';
import type { ImageRecords } from '../trash/image-records.js';
import { containersByImage, realTags, toHistoryEntry, toImageDetails, toImageRows, type RawHistoryEntry } from './summary.js';
import { transferHandlers } from './transfer-handlers.js';
import { dockerImageId, inspectImage, listImages } from './engine-images.js';

type CatalogOps = 'images.list' | 'images.inspect' | 'images.history' | 'images.tag' | 'images.remove';

/** Every images.* operation; `auth` finds the registry logins pull and push send, `records` keeps what a removal deleted. */
export function imageHandlers(connection: EngineConnection, auth: RegistryAuth, records: ImageRecords) {
  return {
    ...catalogHandlers(connection, records),
    ...transferHandlers(connection, auth),
    ...buildHandler(connection),
    ...archiveHandlers(connection),
    ...pruneHandler(connection),
  };
}

/** The containers made from an image, by name, and whether one of them runs. */
interface ImageUsers {
  names: string[];
  running: boolean;
}

/** Whether a list row's image is the one a caller named by id (full or short) or by reference. */
function matches(image: Docker.ImageInfo, wanted: string): boolean {
  if (isImageId(wanted)) {
    const hex = wanted.replace(/^sha256:/, '');
    if (image.Id.replace(/^sha256:/, '').startsWith(hex)) return true;
  }
  const parsed = parseImageRef(wanted);
  return parsed.ok && realTags(image.RepoTags).some((tag) => tag === parsed.ref.familiar);
}

export function catalogHandlers(connection: EngineConnection, records: ImageRecords): HandlerGroup<CatalogOps> {
  /** The names of the containers made from an image (by its id), for a conflict that should name them. */
  const usersOf = async (image: string): Promise<ImageUsers> => {
    const id = await inspectImage(connection, image)
      .then((info) => info.Id)
      .catch(() => null);
    if (!id) return { names: [], running: false };
    const containers = (await connection.request('Listing containers', (docker) => docker.listContainers({ all: true }))).filter((c) => c.ImageID === id);
    return { names: containersByImage(containers).get(id) ?? [], running: containers.some((c) => c.State === 'running' || c.State === 'paused') };
  };

  return {
    async 'images.list'({ ids }, signal) {
      if (ids && ids.length === 0) return [];
      const [images, containers] = await Promise.all([
        listImages(connection, signal),
        connection.request('Listing containers', (docker) => docker.listContainers({ all: true, abortSignal: signal }), signal),
      ]);
      const users = containersByImage(containers);
      const own = images.filter((image) => !isBerthImage(image.Labels));
      const chosen = ids ? own.filter((image) => ids.some((wanted) => matches(image, wanted))) : own;
      return chosen.flatMap((image) => toImageRows(image, users));
    },

    async 'images.inspect'({ image }, signal) {
      const info = await inspectImage(connection, image, signal);
      return toImageDetails(info as unknown as Parameters<typeof toImageDetails>[0]);
    },

    async 'images.history'({ image }, signal) {
      // dockerode's history() takes no options: the signal only keeps a cancelled call from starting it.
      const history = (await connection.request(`Reading the history of ${image}`, (docker) => docker.getImage(image).history(), signal)) as RawHistoryEntry[];
      return history.map(toHistoryEntry);
    },

    async 'images.tag'({ source, target }) {
      const ref = imageRef(target);
      const tag = ref.tag ?? 'latest';
      await connection.request(`Tagging ${source} as ${ref.familiar}`, (docker) =>
        docker.getImage(source).tag({ repo: ref.familiarName, tag }),
      );
      return { ok: true, target: `${ref.familiarName}:${tag}` };
    },

    async 'images.remove'({ image, force }) {
      // Read first: once deleted, nothing says where it came from.
      const before = await inspectImage(connection, image);
      let result: { Untagged?: string; Deleted?: string }[];
      try {
        result = (await connection.request(`Removing ${image}`, (docker) => docker.getImage(image).remove({ force }))) as typeof result;
      } catch (error) {
        if (!(error instanceof BerthError) || error.code !== 'CONFLICT') throw error;
        throw await explainConflict(error, image, usersOf, connection);
      }
      const deleted = result.flatMap((entry) => (entry.Deleted ? [dockerImageId(entry.Deleted)] : []));
      // Only untagging loses nothing (the image stays); a deleted image a registry holds can be pulled again.
      if (deleted.includes(before.Id)) records.keep(before, 'removed');
      const { imageName } = connection.dialect;
      return { untagged: result.flatMap((entry) => (entry.Untagged ? [imageName(entry.Untagged)] : [])), deleted };
    },
  };
}

/**
 * The engine's conflicts name a container by a short id ("container 48977156efcf is using its referenced
 * image") or not at all; people know their containers by name, and need to know what force would do.
 */
async function explainConflict(
  error: BerthError,
  image: string,
  usersOf: (image: string) => Promise<ImageUsers>,
  connection: EngineConnection,
): Promise<BerthError> {
  const engineWords = error.message.replace(/^Removing [^:]+: /, '');
  // Docker's words, then Podman's.
  if (/being used by|is using its referenced image|image is in use by a container/.test(engineWords)) {
    const users = await usersOf(image);
    const containers = users.names;
    // Docker says "running container" in its words; Podman does not, so the containers' states decide.
    const running = /running container/.test(engineWords) || users.running;
    const names = containers.length ? containers.join(', ') : 'a container';
    const advice = running ? 'stop and remove it first (force cannot remove an image a running container uses)' : 'remove it first, or force';
    return new BerthError('CONFLICT', `${image} is used by ${containers.length > 1 ? 'containers' : 'container'} ${names}: ${advice}.`, {
      containers,
      reason: 'in-use',
      engine: engineWords,
    });
  }
  if (/referenced in multiple repositories|by ID with more than one tag/.test(engineWords)) {
    const tags = await inspectImage(connection, image)
      .then((info) => realTags(info.RepoTags))
      .catch(() => []);
    return new BerthError('CONFLICT', `${image} has several tags (${tags.join(', ')}): remove a tag by name to untag it, or force to remove the image with all its tags.`, {
      tags,
      reason: 'several-tags',
      engine: engineWords,
    });
  }
  return error;
}
