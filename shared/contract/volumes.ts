import { z } from 'zod';
import { ContainerState, DownloadEvent, FileEntry, UploadFiles } from './containers.js';
import { call, stream } from './define.js';
import { HostFile, VolumePath } from './paths.js';
import { issueWords } from './issue-words.js';

/** What to do with a volume that does not fit the trash's budget: refuse (CONFLICT, nothing removed) or remove it without keeping it. */
export const OverBudget = z.enum(['refuse', 'discard']);
export type OverBudget = z.infer<typeof OverBudget>;

/** The engine's own rule for volume names (daemon/names: RestrictedNamePattern). */
export const volumeNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export const VolumeName = z
  .string()
  .min(1, issueWords.volumeNameRequired)
  .max(255)
  .regex(volumeNamePattern, issueWords.volumeName);

const Driver = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.:/-]*$/, issueWords.volumeDriver);

const Labels = z.record(z.string().min(1).max(1024), z.string().max(65536));

export const VolumeUser = z.object({
  id: z.string(),
  name: z.string(),
  state: ContainerState,
  /** Where the container mounts the volume. */
  destination: z.string(),
  readOnly: z.boolean(),
});
export type VolumeUser = z.infer<typeof VolumeUser>;

export const VolumeSummary = z.object({
  name: z.string(),
  driver: z.string(),
  scope: z.string(),
  mountpoint: z.string(),
  /** Seconds since the epoch; null when the driver does not say. */
  created: z.number().nullable(),
  /** The bytes its files take, as the engine measures them; null when not measured or the driver cannot tell. */
  sizeBytes: z.number().nullable(),
  labels: z.record(z.string(), z.string()),
  /** The driver options it was created with. */
  options: z.record(z.string(), z.string()),
  /** Made by the engine for a container (a VOLUME in an image, `-v /path`) rather than named by someone. */
  anonymous: z.boolean(),
  /** Every container that mounts it, running or not. */
  containers: z.array(VolumeUser),
});
export type VolumeSummary = z.infer<typeof VolumeSummary>;

/** Export and import report how far they got, then how they ended. */
export const VolumeTransferEvent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('progress'),
    bytes: z.number(),
    /** Import: the archive's size. Export: the volume's measured size, an estimate (the tar adds headers); null if unknown. */
    totalBytes: z.number().nullable(),
  }),
  z.object({
    kind: z.literal('done'),
    bytes: z.number(),
    /** The archive written (export) or read (import). */
    file: z.string(),
    /** Import only: whether the volume was made for this import. */
    createdVolume: z.boolean().optional(),
  }),
]);
export type VolumeTransferEvent = z.infer<typeof VolumeTransferEvent>;

const Named = z.object({ name: VolumeName }).strict();
const Ok = z.object({ ok: z.literal(true) });

export const volumeOps = {
  'volumes.list': call({
    summary:
      'docker volume ls with sizes and users: every volume with its driver, mountpoint, size, created time, labels, the containers that mount it (running or not), and whether it is anonymous. `names` narrows the list; `sizes: false` skips measuring (sizes are null).',
    input: z
      .object({ names: z.array(VolumeName).max(1000).optional(), sizes: z.boolean().default(true) })
      .strict(),
    output: z.array(VolumeSummary),
  }),
  'volumes.inspect': call({
    summary: 'docker volume inspect: the engine’s full JSON for one volume.',
    input: Named,
    output: z.record(z.string(), z.unknown()),
  }),
  'volumes.create': call({
    summary: 'docker volume create: a name (the engine makes one up if none is given), a driver, labels and driver options. A name in use is a CONFLICT.',
    input: z
      .object({
        name: VolumeName.optional(),
        driver: Driver.default('local'),
        labels: Labels.default({}),
        driverOptions: z.record(z.string().min(1).max(1024), z.string().max(65536)).default({}),
      })
      .strict(),
    output: VolumeSummary,
  }),
  'volumes.remove': call({
    summary:
      'docker volume rm, the volume kept in the trash first (a tar of its files). A volume that containers mount (running or not) is refused with CONFLICT naming them in the message and in `details.containers`: they have to go first. A volume larger than the trash budget is a CONFLICT (`details.reason` "over-budget", nothing removed) unless `overBudget` is "discard".',
    input: z.object({ name: VolumeName, overBudget: OverBudget.default('refuse') }).strict(),
    output: Ok,
  }),
  'volumes.prune': call({
    summary:
      'docker volume prune, in two steps: `dryRun` lists the volumes no container mounts, with their sizes and whether each fits the trash budget; then `names` removes exactly those still unused, each kept in the trash first. If any does not fit, nothing is removed (CONFLICT, `details.reason` "over-budget") unless `overBudget` is "discard": then those are removed without being kept.',
    input: z
      .object({ dryRun: z.boolean().default(false), names: z.array(VolumeName).max(10000).optional(), overBudget: OverBudget.default('refuse') })
      .strict()
      .refine((input) => input.dryRun || input.names !== undefined, 'give the names from the preview, or dryRun: true'),
    output: z.object({
      volumes: z.array(
        z.object({
          name: z.string(),
          driver: z.string(),
          anonymous: z.boolean(),
          sizeBytes: z.number().nullable(),
          /** Whether its archive fits the trash budget (an unmeasured volume is tried, and may turn out not to). */
          fitsTrash: z.boolean(),
          /** After the removal: whether it was kept in the trash. */
          kept: z.boolean(),
        }),
      ),
      spaceReclaimedBytes: z.number(),
    }),
  }),
  'volumes.files.list': call({
    summary:
      'The entries of one folder of a volume ("/" is its root): name, kind, size (a folder’s is the total of its contents), mode, time, link target. Read through a short-lived helper container; nothing is run.',
    input: z.object({ name: VolumeName, path: VolumePath.default('/') }).strict(),
    output: z.object({ path: z.string(), entries: z.array(FileEntry) }),
  }),
  'volumes.files.download': stream({
    summary:
      'A file of a volume, or a folder as a tar archive (the whole volume for "/"), in base64 chunks; the first event names the file to save.',
    input: z.object({ name: VolumeName, path: VolumePath }).strict(),
    event: DownloadEvent,
  }),
  'volumes.files.upload': call({
    summary: 'Files (base64) written into a folder of a volume.',
    input: z.object({ name: VolumeName, folder: VolumePath, files: UploadFiles }).strict(),
    output: Ok,
  }),
  'volumes.export': stream({
    summary:
      'A volume’s contents to a tar file on this computer (entries relative to the volume’s root, as `tar -C root -c .` writes them; `volumes.import` reads it back). The folder must exist; an existing file is a CONFLICT unless `overwrite`. Progress in bytes; a failed or cancelled export leaves no file behind.',
    input: z.object({ name: VolumeName, file: HostFile, overwrite: z.boolean().default(false) }).strict(),
    event: VolumeTransferEvent,
  }),
  'volumes.import': stream({
    summary:
      'A tar file on this computer (plain, gzip, bzip2 or xz) unpacked into a volume, which is created (local driver) if it does not exist. A volume that already holds files is a CONFLICT ("not empty") unless `overwrite`: then the archive’s files replace those of the same path and the others stay. Progress in bytes. A failed or cancelled import into a volume it created removes that volume.',
    input: z.object({ name: VolumeName, file: HostFile, overwrite: z.boolean().default(false) }).strict(),
    event: VolumeTransferEvent,
  }),
  'volumes.clone': call({
    summary:
      'A new volume `target` with the same driver, labels and files as `source` (owners and modes kept; driver options are not copied, as they may name the source’s own storage). `target` must not exist; a failed or cancelled clone removes it.',
    input: z.object({ source: VolumeName, target: VolumeName }).strict().refine((input) => input.source !== input.target, issueWords.cloneName),
    output: VolumeSummary,
  }),
} as const;
