import { z } from 'zod';
import { RunSpec, containerNamePattern } from '../run-spec.js';
import { call } from './define.js';
import { issueWords } from './issue-words.js';
import { VolumeName } from './volumes.js';

/*
 * "Recently removed": what Berth keeps so that a removal can be undone. A removed or pruned container is kept
 * as the spec that recreates it, a removed or pruned volume as a tar of its files (within a size budget), a
 * removed image that a registry still holds as the reference to pull it again. Kept in Berth's data folder
 * (files written 0600, atomically), for `trash.keepDays` days; the volume tars within `trash.volumeBudgetBytes`.
 */

/** Berth's id of one kept entry (a file name in its data folder, never a path). */
export const TrashEntryId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[a-z0-9][a-z0-9-]*$/, issueWords.trashEntry);

export const RemovalReason = z.enum(['removed', 'pruned', 'recreated']);
export type RemovalReason = z.infer<typeof RemovalReason>;

/** A network a container was connected to besides its primary one (`spec.network`), reconnected on restore. */
export const ExtraNetwork = z.object({ name: z.string(), aliases: z.array(z.string()) });
export type ExtraNetwork = z.infer<typeof ExtraNetwork>;

/** An anonymous volume a container mounted: mounted again by its name, so its files come back with it. */
export const AnonymousVolume = z.object({ target: z.string(), name: z.string() });
export type AnonymousVolume = z.infer<typeof AnonymousVolume>;

export const RemovedContainer = z.object({
  entry: TrashEntryId,
  /** The removed container's id and name. */
  id: z.string(),
  name: z.string(),
  /** The image as the container named it, and the image id it ran. */
  image: z.string(),
  imageId: z.string(),
  /** Epoch ms. */
  removedAt: z.number(),
  reason: RemovalReason,
  /** Running (or paused) when it was removed: a restore starts it again. */
  wasRunning: z.boolean(),
  /** What recreates it (the same spec "copy as docker run" shows). */
  spec: RunSpec,
  /** Its aliases on its primary network (a compose service's name, say), given again on restore. */
  primaryAliases: z.array(z.string()),
  extraNetworks: z.array(ExtraNetwork),
  anonymousVolumes: z.array(AnonymousVolume),
  /** The engine it ran on, as Berth named it. */
  engine: z.string(),
  /** What a restore would meet today, checked when listed. */
  warnings: z.object({
    /** Neither the image id nor the reference is on the engine: it has to be pulled (or built) before a restore. */
    imageMissing: z.boolean(),
    /** Volumes it mounted (named or anonymous) that no longer exist: a restore makes them new and empty. */
    missingVolumes: z.array(z.string()),
    /** A container of that name exists: restore under another name. */
    nameTaken: z.boolean(),
  }),
});
export type RemovedContainer = z.infer<typeof RemovedContainer>;

export const TrashedVolume = z.object({
  entry: TrashEntryId,
  name: z.string(),
  driver: z.string(),
  labels: z.record(z.string(), z.string()),
  /** The size of the kept archive. */
  sizeBytes: z.number(),
  removedAt: z.number(),
  reason: RemovalReason,
  /** A volume of that name exists now: restore under another name. */
  nameTaken: z.boolean(),
});
export type TrashedVolume = z.infer<typeof TrashedVolume>;

export const RemovedImage = z.object({
  entry: TrashEntryId,
  imageId: z.string(),
  /** Its tags when it was removed. */
  tags: z.array(z.string()),
  /** What `docker pull` takes to bring it back: a tag the registry holds, or repository@digest. */
  pullReference: z.string(),
  sizeBytes: z.number(),
  removedAt: z.number(),
  reason: RemovalReason,
  /** The image (by id) is on the engine again. */
  present: z.boolean(),
});
export type RemovedImage = z.infer<typeof RemovedImage>;

export const TrashKind = z.enum(['container', 'volume', 'image']);

export const trashOps = {
  'trash.list': call({
    summary:
      'Recently removed: the containers (with the spec that recreates them and what a restore would meet), the volumes kept as archives and the images that can be pulled again, newest first; entries older than the settings keep are dropped first. Also the limits and the bytes the volume archives take.',
    input: z.object({}).strict(),
    output: z.object({
      containers: z.array(RemovedContainer),
      volumes: z.array(TrashedVolume),
      images: z.array(RemovedImage),
      keepDays: z.number(),
      volumeBudgetBytes: z.number(),
      volumeBytesUsed: z.number(),
    }),
  }),
  'trash.containers.restore': call({
    summary:
      'Recreates a removed container from its kept spec, under its name or `name`, with its anonymous volumes (those that still exist) and networks; started if it was running. A name in use is a CONFLICT; an image that is not on the engine is NOT_FOUND (pull it first). The entry is dropped once the container exists.',
    input: z
      .object({ entry: TrashEntryId, name: z.string().regex(containerNamePattern, issueWords.runName).max(128).optional() })
      .strict(),
    output: z.object({ id: z.string(), name: z.string(), started: z.boolean() }),
  }),
  'trash.volumes.restore': call({
    summary:
      'Makes a kept volume again, under its name or `name`, with its driver, labels and files (owners and modes as they were). A name in use is a CONFLICT. The entry is dropped once the volume is back.',
    input: z.object({ entry: TrashEntryId, name: VolumeName.optional() }).strict(),
    output: z.object({ name: z.string() }),
  }),
  'trash.forget': call({
    summary: 'Drops one kept entry for good (a volume’s archive is deleted).',
    input: z.object({ kind: TrashKind, entry: TrashEntryId }).strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
  'trash.empty': call({
    summary: 'Drops every kept entry for good.',
    input: z.object({}).strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
} as const;
