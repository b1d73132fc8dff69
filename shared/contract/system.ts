import { z } from 'zod';
import { call } from './define.js';
import { VolumeName } from './volumes.js';

export const DiskUsageCategory = z.object({
  total: z.number().int(),
  /** Images used by a container, running/paused containers, volumes in use, build cache in use. */
  active: z.number().int(),
  sizeBytes: z.number(),
  reclaimableBytes: z.number(),
});
export type DiskUsageCategory = z.infer<typeof DiskUsageCategory>;

const Names = z.array(z.string().min(1).max(256)).max(10000);

export const systemOps = {
  'system.prune': call({
    summary:
      'docker system prune, in two steps: `dryRun` previews everything that would go — stopped containers, unused networks, dangling images (every unused image with `allImages`), unused volumes (with `volumes`), unused build cache (with `buildCache`) — and the space; then the preview’s lists, given back, remove exactly those still unused.',
    input: z
      .object({
        dryRun: z.boolean().default(false),
        allImages: z.boolean().default(false),
        volumes: z.boolean().default(false),
        buildCache: z.boolean().default(true),
        containers: Names.optional(),
        images: Names.optional(),
        networks: Names.optional(),
        // The engine's rule for volume names, as volumes.prune has it: ".." or a NUL is never a volume.
        volumeNames: z.array(VolumeName).max(10000).optional(),
      })
      .strict()
      .refine((i) => i.dryRun || (i.containers && i.images && i.networks), 'give back the lists from the preview, or dryRun: true'),
    output: z.object({
      containers: z.array(z.object({ id: z.string(), name: z.string(), sizeBytes: z.number() })),
      images: z.array(z.object({ id: z.string(), tags: z.array(z.string()), sizeBytes: z.number() })),
      networks: z.array(z.object({ id: z.string(), name: z.string() })),
      volumes: z.array(z.object({ name: z.string(), sizeBytes: z.number().nullable() })),
      buildCacheBytes: z.number(),
      spaceReclaimedBytes: z.number(),
    }),
  }),
  'system.df': call({
    summary: 'docker system df: images, containers, volumes and build cache — how many, how many in use, their size and what could be reclaimed.',
    input: z.object({}).strict(),
    output: z.object({
      images: DiskUsageCategory,
      containers: DiskUsageCategory,
      volumes: DiskUsageCategory,
      buildCache: DiskUsageCategory,
      totalBytes: z.number(),
      reclaimableBytes: z.number(),
    }),
  }),
} as const;
