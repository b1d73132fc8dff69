import type { DiskUsageCategory } from '../../../shared/contract/system.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';

/** The fields of GET /system/df that `docker system df` reads. */
export interface RawDiskUsage {
  LayersSize?: number;
  Images?: { Containers?: number; Size?: number; SharedSize?: number }[] | null;
  Containers?: { State?: string; SizeRw?: number }[] | null;
  Volumes?: { UsageData?: { Size?: number; RefCount?: number } | null }[] | null;
  BuildCache?: { Size?: number; InUse?: boolean; Shared?: boolean }[] | null;
  BuilderSize?: number;
}

const isActive = (state: string | undefined) => /running|paused|restarting/.test(state ?? '');

/**
 * The four rows of `docker system df`, computed the way the docker CLI computes them (cli/command/formatter/
 * disk_usage.go) so that Berth and the CLI show the same numbers.
 */
export function diskUsage(raw: RawDiskUsage) {
  const images = raw.Images ?? [];
  const layers = raw.LayersSize ?? 0;
  // An image in use keeps only its own layers; layers it shares are counted as reclaimable, as the CLI does.
  const usedByImages = images
    .filter((image) => (image.Containers ?? 0) > 0 && (image.Size ?? -1) >= 0 && (image.SharedSize ?? -1) >= 0)
    .reduce((sum, image) => sum + (image.Size ?? 0) - (image.SharedSize ?? 0), 0);
  const imageRow: DiskUsageCategory = {
    total: images.length,
    active: images.filter((image) => (image.Containers ?? 0) > 0).length,
    sizeBytes: layers,
    reclaimableBytes: Math.max(0, layers - usedByImages),
  };

  const containers = raw.Containers ?? [];
  const containerRow: DiskUsageCategory = {
    total: containers.length,
    active: containers.filter((c) => isActive(c.State)).length,
    sizeBytes: containers.reduce((sum, c) => sum + (c.SizeRw ?? 0), 0),
    reclaimableBytes: containers.filter((c) => !isActive(c.State)).reduce((sum, c) => sum + (c.SizeRw ?? 0), 0),
  };

  const volumes = raw.Volumes ?? [];
  // -1: the engine did not compute the size (a volume driver that cannot say).
  const sized = volumes.filter((v) => (v.UsageData?.Size ?? -1) >= 0);
  const volumeRow: DiskUsageCategory = {
    total: volumes.length,
    active: volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length,
    sizeBytes: sized.reduce((sum, v) => sum + (v.UsageData?.Size ?? 0), 0),
    reclaimableBytes: sized.filter((v) => (v.UsageData?.RefCount ?? 0) === 0).reduce((sum, v) => sum + (v.UsageData?.Size ?? 0), 0),
  };

  const cache = raw.BuildCache ?? [];
  const cacheInUse = cache.filter((c) => c.InUse && !c.Shared).reduce((sum, c) => sum + (c.Size ?? 0), 0);
  const cacheRow: DiskUsageCategory = {
    total: cache.length,
    active: cache.filter((c) => c.InUse).length,
    sizeBytes: cache.filter((c) => !c.Shared).reduce((sum, c) => sum + (c.Size ?? 0), 0),
    reclaimableBytes: Math.max(0, (raw.BuilderSize ?? 0) - cacheInUse),
  };

  const rows = [imageRow, containerRow, volumeRow, cacheRow];
  return {
    images: imageRow,
    containers: containerRow,
    volumes: volumeRow,
    buildCache: cacheRow,
    totalBytes: rows.reduce((sum, row) => sum + row.sizeBytes, 0),
    reclaimableBytes: rows.reduce((sum, row) => sum + row.reclaimableBytes, 0),
  };
}

export function diskUsageHandler(connection: EngineConnection): HandlerGroup<'system.df'> {
  return {
    async 'system.df'(_input, signal) {
      const raw = await connection.request(
        'Reading disk usage',
        // dockerode passes `abortSignal` on, though its types leave the options out.
        (docker) => (docker as unknown as { df(options: { abortSignal: AbortSignal }): Promise<RawDiskUsage> }).df({ abortSignal: signal }),
        signal,
      );
      return diskUsage(connection.dialect.diskUsage(raw));
    },
  };
}
