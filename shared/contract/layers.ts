import { z } from 'zod';
import { call, stream } from './define.js';
import { ImageRefOrId } from './images.js';

/*
 * An image's layers as `dive` shows them: each layer's files (added, modified, deleted — whiteouts and opaque
 * folders understood), the image's tree at any layer, what later layers waste, and two images compared. Read
 * from the engine's image export (GET /images/{name}/get) once per image id, streamed, nothing written to disk.
 */

export const LayerEntryType = z.enum(['file', 'directory', 'symlink', 'link', 'other']);
export type LayerEntryType = z.infer<typeof LayerEntryType>;

/** What a layer did to a path: made it, changed it (it was there below), or removed it (a whiteout or an opaque folder). */
export const LayerChange = z.enum(['added', 'modified', 'deleted']);
export type LayerChange = z.infer<typeof LayerChange>;

export const LayerStep = z.object({
  /** The Dockerfile instruction, as history records it (`RUN make`, `COPY file:… in /app`). */
  instruction: z.string(),
  createdBy: z.string(),
  /** Seconds since the epoch; null when history has no time. */
  created: z.number().nullable(),
  /** The index in `layers` of the layer this step made, or null for a step that made none (ENV, CMD…). */
  layer: z.number().int().nullable(),
});
export type LayerStep = z.infer<typeof LayerStep>;

export const LayerInfo = z.object({
  index: z.number().int(),
  /** The uncompressed layer's digest (rootfs.diff_ids). */
  diffId: z.string(),
  /** The step that made it, when history says so. */
  instruction: z.string(),
  /** The bytes of the files it holds (as `docker history` counts a layer). */
  sizeBytes: z.number(),
  files: z.number().int(),
  added: z.number().int(),
  /** Paths it writes again (a folder listed again only because something inside it changed is not counted). */
  modified: z.number().int(),
  deleted: z.number().int(),
  /** Whether any folder in it is opaque (replaces what the layers below had inside it). */
  opaque: z.boolean(),
});
export type LayerInfo = z.infer<typeof LayerInfo>;

/** One copy of a path in one layer: its size there (0 for a deletion) and what the layer did to it. */
export const PathOccurrence = z.object({ layer: z.number().int(), sizeBytes: z.number(), change: LayerChange });

export const WastedFile = z.object({
  path: z.string(),
  /** Every copy's bytes together, as dive counts a wasted file. */
  wastedBytes: z.number(),
  occurrences: z.array(PathOccurrence),
});
export type WastedFile = z.infer<typeof WastedFile>;

/** Advice in data; the UI words it. Layers are indexes into `layers`. */
export const LayerHint = z.discriminatedUnion('kind', [
  /** Files one layer adds and a later one deletes: their bytes stay in the image. */
  z.object({ kind: z.literal('deleted-later'), addedIn: z.number().int(), deletedIn: z.number().int(), files: z.number().int(), bytes: z.number(), example: z.string() }),
  /** Files one layer writes again that an earlier one already has: both copies are kept. */
  z.object({ kind: z.literal('overwritten'), firstIn: z.number().int(), againIn: z.number().int(), files: z.number().int(), bytes: z.number(), example: z.string() }),
  /** `apt-get update`'s package lists left in the image; `alone` when that RUN installs nothing. */
  z.object({ kind: z.literal('package-lists'), layer: z.number().int(), bytes: z.number(), alone: z.boolean() }),
  /** A package manager's or build tool's cache left in the image (`folder` is where). */
  z.object({ kind: z.literal('cache-left'), layer: z.number().int(), folder: z.string(), files: z.number().int(), bytes: z.number() }),
]);
export type LayerHint = z.infer<typeof LayerHint>;

export const LayerAnalysis = z.object({
  imageId: z.string(),
  /** Every layer's bytes together. */
  totalBytes: z.number(),
  /** Files (of any kind) in the final image. */
  files: z.number().int(),
  steps: z.array(LayerStep),
  layers: z.array(LayerInfo),
  efficiency: z.object({
    /** dive's score: the smallest copy of every path over every copy of it (1 = nothing wasted). */
    score: z.number(),
    /** dive's wasted bytes: every copy of each path that more than one layer writes or deletes. */
    wastedBytes: z.number(),
    /** The bytes above the first (base) layer, what dive weighs the waste against. */
    userBytes: z.number(),
    topWasted: z.array(WastedFile),
  }),
  hints: z.array(LayerHint),
  /** The biggest files in the final image, with the layer that last wrote each. */
  largest: z.array(z.object({ path: z.string(), sizeBytes: z.number(), layer: z.number().int() })),
});
export type LayerAnalysis = z.infer<typeof LayerAnalysis>;

export const LayerAnalysisEvent = z.discriminatedUnion('kind', [
  /** Bytes of the export read so far, against the image's size (an estimate: the export adds a little). */
  z.object({ kind: z.literal('progress'), bytes: z.number(), totalBytes: z.number() }),
  z.object({ kind: z.literal('done'), analysis: LayerAnalysis }),
]);
export type LayerAnalysisEvent = z.infer<typeof LayerAnalysisEvent>;

export const LayerFile = z.object({
  name: z.string(),
  /** From the image's root, without a leading '/'. */
  path: z.string(),
  type: LayerEntryType,
  /** A file's size; a folder's: every file below it. */
  sizeBytes: z.number(),
  mode: z.number().int(),
  /** A link's target. */
  link: z.string(),
  /** What the chosen layer did to it, or null when it comes unchanged from below. */
  change: LayerChange.nullable(),
  /** A folder: whether the chosen layer changed anything inside it. */
  changedInside: z.boolean(),
  /** A folder: its entries (0 for anything else). */
  children: z.number().int(),
});
export type LayerFile = z.infer<typeof LayerFile>;

/** A path inside an image: '' is the root; no '..' and no leading '/'. */
const ImagePath = z
  .string()
  .max(4096)
  .refine((value) => !value.split('/').some((part) => part === '..' || part === '.') && !value.startsWith('/'), 'a path inside the image, from its root, without . or ..');

const LayerQuery = z.object({
  image: ImageRefOrId,
  /** The tree as it stands after this layer (an index into the analysis's `layers`). */
  layer: z.number().int().min(0).max(10000),
  onlyChanges: z.boolean().default(false),
});

export const ImageFileDiff = z.object({
  path: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  /** How the path is in the first image and in the second (null where it is not there). */
  a: z.object({ type: LayerEntryType, sizeBytes: z.number(), mode: z.number().int() }).nullable(),
  b: z.object({ type: LayerEntryType, sizeBytes: z.number(), mode: z.number().int() }).nullable(),
});
export type ImageFileDiff = z.infer<typeof ImageFileDiff>;

const LIST_LIMIT = 5000;

export const layerOps = {
  'layers.analyze': stream({
    summary:
      'Reads an image’s export once (streamed, nothing on disk, cancellable) and tells each layer’s files added, modified and deleted, the waste (dive’s efficiency score, wasted bytes, the top wasted files), hints and the largest files. Cached by image id: a second call answers at once.',
    input: z.object({ image: ImageRefOrId }).strict(),
    event: LayerAnalysisEvent,
  }),
  'layers.files': call({
    summary:
      'One folder of the image’s tree as it stands after a layer: each entry with its size, mode and what that layer did to it (deleted entries included); `onlyChanges` keeps what the layer changed and the folders holding such changes.',
    input: LayerQuery.extend({ path: ImagePath.default('') }).strict(),
    output: z.object({ path: z.string(), entries: z.array(LayerFile) }),
  }),
  'layers.search': call({
    summary: `Paths in the image's tree after a layer whose name contains the text (case-insensitive), at most ${LIST_LIMIT}, deleted ones included.`,
    input: LayerQuery.extend({ text: z.string().min(1).max(256) }).strict(),
    output: z.object({ entries: z.array(LayerFile), total: z.number().int(), truncated: z.boolean() }),
  }),
  'layers.compare': call({
    summary: `Two images compared: the layers they share (by content digest), those each has alone, and the files that differ in their final trees (type, size, mode, link target or contents), at most ${LIST_LIMIT}.`,
    input: z.object({ a: ImageRefOrId, b: ImageRefOrId }).strict(),
    output: z.object({
      a: z.object({ imageId: z.string(), layers: z.array(LayerInfo) }),
      b: z.object({ imageId: z.string(), layers: z.array(LayerInfo) }),
      /** diffIds both images have. */
      shared: z.array(z.string()),
      files: z.array(ImageFileDiff),
      total: z.number().int(),
      truncated: z.boolean(),
    }),
  }),
} as const;

export { LIST_LIMIT as LAYER_LIST_LIMIT };
