import type { EngineConnection } from '../../engine/connection.js';
import type { CallHandler, HandlerGroup } from '../../ipc/router.js';

/** The single prunes system.prune is made of: each resource's own two-step prune. */
export interface Prunes {
  containers: CallHandler<'containers.prune'>;
  images: CallHandler<'images.prune'>;
  networks: CallHandler<'networks.prune'>;
  volumes: CallHandler<'volumes.prune'>;
}

/**
 * docker system prune as the sum of the resource prunes, so each keeps its own rules (nothing running, nothing
 * in use, nothing the preview did not show) — plus the build cache, which only the engine can measure and free.
 */
export function systemPruneHandler(connection: EngineConnection, prunes: Prunes): HandlerGroup<'system.prune'> {
  return {
    async 'system.prune'(input, signal) {
      const { dryRun, allImages, volumes, buildCache } = input;
      // Containers first: images and networks they held become unused only once they are gone.
      const containers = await prunes.containers(dryRun ? { dryRun: true } : { dryRun: false, ids: input.containers ?? [] }, signal);
      const networks = await prunes.networks(dryRun ? { dryRun: true } : { dryRun: false, ids: input.networks ?? [] }, signal);
      const images = await prunes.images(dryRun ? { dryRun: true, all: allImages } : { dryRun: false, all: allImages, ids: input.images ?? [] }, signal);
      const volumesResult = volumes
        ? // Kept in the trash where they fit; "prune everything" is not refused for the ones that do not.
          await prunes.volumes(dryRun ? { dryRun: true, overBudget: 'discard' } : { dryRun: false, names: input.volumeNames ?? [], overBudget: 'discard' }, signal)
        : { volumes: [], spaceReclaimedBytes: 0 };
      const cacheBytes = !buildCache ? 0 : dryRun ? await unusedBuildCache(connection) : await pruneBuildCache(connection);
      return {
        containers: containers.containers.map(({ id, name, sizeBytes }) => ({ id, name, sizeBytes })),
        images: images.images.map(({ id, tags, sizeBytes }) => ({ id, tags, sizeBytes })),
        networks: networks.networks.map(({ id, name }) => ({ id, name })),
        volumes: volumesResult.volumes.map(({ name, sizeBytes }) => ({ name, sizeBytes })),
        buildCacheBytes: cacheBytes,
        spaceReclaimedBytes: containers.spaceReclaimedBytes + images.spaceReclaimedBytes + volumesResult.spaceReclaimedBytes + cacheBytes,
      };
    },
  };
}

async function unusedBuildCache(connection: EngineConnection): Promise<number> {
  const df = (await connection.request('Measuring the build cache', (docker) => docker.df())) as { BuildCache?: { InUse?: boolean; Size?: number }[] | null };
  return (df.BuildCache ?? []).filter((entry) => !entry.InUse).reduce((total, entry) => total + (entry.Size ?? 0), 0);
}

async function pruneBuildCache(connection: EngineConnection): Promise<number> {
  const result = (await connection.request('Pruning the build cache', (docker) => docker.pruneBuilder())) as { SpaceReclaimed?: number };
  return result.SpaceReclaimed ?? 0;
}
