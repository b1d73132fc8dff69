import { z } from 'zod';
import { call, stream } from './define.js';
import { DockerfilePath, HostFile, HostPath } from './paths.js';
import { checkImageRefOrId, checkTaggableRef, parseImageRef } from '../image-ref.js';
import { issueWords } from './issue-words.js';

/** Runs one of the reference checks of ../image-ref.ts inside a schema, so a bad reference is INVALID_INPUT with its own words. */
const checked = (check: (value: string) => string | null) =>
  z
    .string()
    .max(1024)
    .superRefine((value, ctx) => {
      const problem = check(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** Any image reference `[host[:port]/][namespace/]repo[:tag][@digest]`, as `docker pull` takes it. */
export const ImageReference = checked((value) => {
  const result = parseImageRef(value);
  return result.ok ? null : result.error;
});
/** A reference that names a tag, not a digest: `docker tag`'s target, `docker build -t`, `docker push`. */
export const TaggableReference = checked(checkTaggableRef);
/** A reference or an image id (full or short, with or without `sha256:`), as `docker rmi` and `docker inspect` take it. */
export const ImageRefOrId = checked(checkImageRefOrId);

export const ImageSummary = z.object({
  id: z.string(),
  /** `<none>` for a dangling image. */
  repository: z.string(),
  /** `<none>` for a dangling image or one known only by digest. */
  tag: z.string(),
  /** The registry digest of this repository's copy, when the image was pulled or pushed. */
  digest: z.string().nullable(),
  /** Seconds since the epoch. */
  created: z.number(),
  sizeBytes: z.number(),
  /** No tag at all: what `docker image prune` removes. */
  dangling: z.boolean(),
  /** Names of the containers (running or not) made from this image. */
  containers: z.array(z.string()),
  labels: z.record(z.string(), z.string()),
});
export type ImageSummary = z.infer<typeof ImageSummary>;

export const ExposedPort = z.object({ port: z.number().int(), protocol: z.enum(['tcp', 'udp', 'sctp']) });

export const ImageDetails = z.object({
  id: z.string(),
  repoTags: z.array(z.string()),
  repoDigests: z.array(z.string()),
  parent: z.string().nullable(),
  /** ISO 8601, as the engine writes it. */
  created: z.string(),
  sizeBytes: z.number(),
  architecture: z.string(),
  os: z.string(),
  author: z.string(),
  comment: z.string(),
  config: z.object({
    env: z.array(z.string()),
    cmd: z.array(z.string()).nullable(),
    entrypoint: z.array(z.string()).nullable(),
    workingDir: z.string(),
    user: z.string(),
    /** What EXPOSE declared; the run dialog suggests these. */
    exposedPorts: z.array(ExposedPort),
    volumes: z.array(z.string()),
    labels: z.record(z.string(), z.string()),
    stopSignal: z.string().nullable(),
  }),
  /** The layers' content digests, bottom first. */
  layers: z.array(z.string()),
  /** The engine's full JSON. */
  raw: z.record(z.string(), z.unknown()),
});
export type ImageDetails = z.infer<typeof ImageDetails>;

export const HistoryEntry = z.object({
  /** The local image this step made, or null when it is not on this engine (`<missing>` in docker history). */
  id: z.string().nullable(),
  /** Seconds since the epoch. */
  created: z.number(),
  /** As the engine records it: `/bin/sh -c #(nop)  CMD ["sh"]`. */
  createdBy: z.string(),
  /** The Dockerfile instruction it came from: `CMD ["sh"]`, `RUN make`. */
  instruction: z.string(),
  sizeBytes: z.number(),
  comment: z.string(),
  tags: z.array(z.string()),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const LayerPhase = z.enum([
  'waiting',
  'downloading',
  'verifying',
  'downloaded',
  'extracting',
  'preparing',
  'pushing',
  'complete',
  'exists',
]);
export type LayerPhase = z.infer<typeof LayerPhase>;

export const LayerProgress = z.object({
  id: z.string(),
  /** The engine's own words ("Downloading", "Layer already exists", "Mounted from team/base"). */
  status: z.string(),
  phase: LayerPhase,
  /** Bytes moved so far (downloaded or uploaded). */
  currentBytes: z.number(),
  /** The layer's size once the engine says it; null before. */
  totalBytes: z.number().nullable(),
});
export type LayerProgress = z.infer<typeof LayerProgress>;

/** Pull and push: progress (every layer and one aggregate), the engine's status lines, then the result. */
export const TransferEvent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('progress'),
    /** 0..1 over every layer that has work to do (a pull counts download and extraction alike). */
    fraction: z.number(),
    bytesDone: z.number(),
    /** The sizes known so far; grows as layers start. */
    bytesTotal: z.number(),
    /** Over the last few seconds. */
    bytesPerSecond: z.number(),
    layers: z.array(LayerProgress),
  }),
  z.object({ kind: z.literal('status'), text: z.string() }),
  z.object({ kind: z.literal('done'), reference: z.string(), digest: z.string().nullable(), imageId: z.string().nullable() }),
]);
export type TransferEvent = z.infer<typeof TransferEvent>;

export const BuildLine = z.object({
  /** step: a Dockerfile step starts (text is its instruction); cached: that step reuses the layer cache; output: what
   * the step printed; info: the builder's own lines (intermediate containers, layer ids); error: why the build stopped. */
  kind: z.enum(['step', 'cached', 'output', 'info', 'error']),
  step: z.number().int().nullable(),
  totalSteps: z.number().int().nullable(),
  text: z.string(),
});
export type BuildLine = z.infer<typeof BuildLine>;

export const BuildEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('log'), lines: z.array(BuildLine) }),
  z.object({
    kind: z.literal('done'),
    imageId: z.string(),
    tags: z.array(z.string()),
    totalSteps: z.number().int(),
    cachedSteps: z.number().int(),
  }),
]);
export type BuildEvent = z.infer<typeof BuildEvent>;

/** Save and load: bytes through so far, then the result. */
export const ArchiveEvent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('progress'),
    bytes: z.number(),
    /** The file's size for a load; for a save, an estimate from the images' sizes. */
    totalBytes: z.number().nullable(),
  }),
  z.object({ kind: z.literal('done'), path: z.string(), sizeBytes: z.number(), images: z.array(z.string()) }),
]);
export type ArchiveEvent = z.infer<typeof ArchiveEvent>;

const Ref = z.object({ image: ImageRefOrId }).strict();
const BuildArgName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, issueWords.buildArgName);

export const imageOps = {
  'images.list': call({
    summary:
      'docker images: one row per tag (an image with several tags has several rows; a dangling one is <none>), with size, created and the containers using it; `ids` narrows to those images.',
    input: z.object({ ids: z.array(ImageRefOrId).max(1000).optional() }).strict(),
    output: z.array(ImageSummary),
  }),
  'images.inspect': call({
    summary: 'docker image inspect: env, cmd, entrypoint, exposed ports, labels, architecture, layers, and the engine’s full JSON.',
    input: Ref,
    output: ImageDetails,
  }),
  'images.history': call({
    summary: 'docker history: the layers from newest to oldest, each with the instruction that made it, its size and time.',
    input: Ref,
    output: z.array(HistoryEntry),
  }),
  'images.pull': stream({
    summary:
      'docker pull: per-layer progress aggregated into one value with bytes and rate, the engine’s status lines, then the digest and image id; stored registry credentials are used. Cancel stops it.',
    input: z
      .object({ reference: ImageReference, platform: z.string().regex(/^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_]+)?$/, issueWords.platform).optional() })
      .strict(),
    event: TransferEvent,
  }),
  'images.push': stream({
    summary:
      'docker push NAME[:TAG] (latest when no tag): per-layer upload progress, then the digest; UNAUTHORIZED when the registry refuses the credentials (or there are none).',
    input: z.object({ reference: TaggableReference }).strict(),
    event: TransferEvent,
  }),
  'images.build': stream({
    summary:
      'docker build from a folder on the host (.dockerignore honoured): a live log of each step with cache hits marked, then the new image id; a failing step is named in the error.',
    input: z
      .object({
        context: HostPath,
        /** Relative to the context, or absolute (it may lie outside the context). */
        dockerfile: DockerfilePath.default('Dockerfile'),
        tags: z.array(TaggableReference).max(100).default([]),
        buildArgs: z.record(BuildArgName, z.string().max(65536)).default({}),
        target: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, issueWords.buildStage).max(256).optional(),
        noCache: z.boolean().default(false),
        labels: z.record(z.string().min(1).max(1024), z.string().max(65536)).default({}),
      })
      .strict(),
    event: BuildEvent,
  }),
  'images.tag': call({
    summary: 'docker tag SOURCE TARGET: add a tag, or move one (a tag names one image at a time).',
    input: z.object({ source: ImageRefOrId, target: TaggableReference }).strict(),
    output: z.object({ ok: z.literal(true), target: z.string() }),
  }),
  'images.remove': call({
    summary:
      'docker rmi: removing one of several tags only untags; the last tag (or the id) deletes the image. An image a container uses is a CONFLICT naming the containers, unless `force`.',
    input: z.object({ image: ImageRefOrId, force: z.boolean().default(false) }).strict(),
    output: z.object({ untagged: z.array(z.string()), deleted: z.array(z.string()) }),
  }),
  'images.save': stream({
    summary:
      'docker save -o PATH IMAGE…: one or more images into a tar file on the host (its folder must exist and be writable), with progress in bytes. An existing file is a CONFLICT (`details.exists`) unless `overwrite`; it is replaced only when the save is complete.',
    input: z
      .object({ images: z.array(ImageRefOrId).min(1, issueWords.imagesRequired).max(100), path: HostFile, overwrite: z.boolean().default(false) })
      .strict(),
    event: ArchiveEvent,
  }),
  'images.load': stream({
    summary: 'docker load -i PATH: the images of a tar file on the host, with progress in bytes; the result names the images loaded.',
    input: z.object({ path: HostFile }).strict(),
    event: ArchiveEvent,
  }),
  'images.prune': call({
    summary:
      'docker image prune [-a], in two steps: `dryRun` lists the images that would go (dangling ones, or with `all` every image no container uses) and the space freed; then `ids` removes exactly those still unused.',
    input: z
      .object({ dryRun: z.boolean().default(false), all: z.boolean().default(false), ids: z.array(ImageRefOrId).max(10000).optional() })
      .strict()
      .refine((input) => input.dryRun || input.ids !== undefined, 'give the ids from the preview, or dryRun: true'),
    output: z.object({
      images: z.array(z.object({ id: z.string(), tags: z.array(z.string()), created: z.number(), sizeBytes: z.number() })),
      spaceReclaimedBytes: z.number(),
    }),
  }),
} as const;
