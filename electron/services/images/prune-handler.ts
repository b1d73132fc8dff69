import type Docker from 'dockerode';
import { BerthError } from '../../../shared/contract/errors.js';
import { isBerthImage } from '../../engine/berth-labels.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { freedBytes, type HistoryStep } from './image-space.js';
import { realTags } from './summary.js';
import { listImages } from './engine-images.js';

/** docker image prune [-a], in the two steps of containers.prune: a preview, then exactly what it showed. */
export function pruneHandler(connection: EngineConnection): HandlerGroup<'images.prune'> {
  const history = (id: string) =>
    connection.request(`Reading the history of ${id}`, (docker) => docker.getImage(id).history()) as Promise<HistoryStep[]>;

  return {
    async 'images.prune'({ dryRun, all, ids }) {
      const [images, containers] = await Promise.all([
        listImages(connection),
        connection.request('Listing containers', (docker) => docker.listContainers({ all: true })),
      ]);
      // An image any container was made from stays, whatever state the container is in (as docker does).
      const used = new Set(containers.map((container) => container.ImageID));
      const candidates = images.filter((image) => !used.has(image.Id) && !isBerthImage(image.Labels) && (all || realTags(image.RepoTags).length === 0));
      // Only what the user saw in the preview goes, and only if it still qualifies.
      const chosen = dryRun ? candidates : candidates.filter((image) => ids!.some((wanted) => sameImage(image.Id, wanted)));

      // Histories first: a removed image's cannot be read any more.
      const histories = new Map<string, HistoryStep[]>();
      for (const image of images) histories.set(image.Id, await history(image.Id).catch(() => []));
      const removed = dryRun ? chosen : await removeEach(connection, chosen);
      const gone = new Set(removed.map((image) => image.Id));
      const space = freedBytes(
        removed.map((image) => histories.get(image.Id) ?? []),
        images.filter((image) => !gone.has(image.Id)).map((image) => histories.get(image.Id) ?? []),
      );
      return {
        images: removed.map((image) => ({ id: image.Id, tags: realTags(image.RepoTags), created: image.Created, sizeBytes: image.Size })),
        spaceReclaimedBytes: space,
      };
    },
  };
}

function sameImage(id: string, wanted: string): boolean {
  const hex = wanted.replace(/^sha256:/, '');
  return hex.length >= 12 && id.replace(/^sha256:/, '').startsWith(hex);
}

/**
 * Removes tag by tag (the last one deletes the image) or, for a dangling image, by id — never with force, so
 * that an image a container started using since the preview is left alone rather than pulled from under it.
 */
async function removeEach(connection: EngineConnection, images: Docker.ImageInfo[]): Promise<Docker.ImageInfo[]> {
  const removed: Docker.ImageInfo[] = [];
  for (const image of images) {
    const names = realTags(image.RepoTags);
    try {
      for (const name of names.length ? names : [image.Id]) {
        await connection.request(`Removing ${name}`, (docker) => docker.getImage(name).remove());
      }
      removed.push(image);
    } catch (error) {
      if (error instanceof BerthError && (error.code === 'CONFLICT' || error.code === 'NOT_FOUND')) continue;
      throw error;
    }
  }
  return removed;
}
