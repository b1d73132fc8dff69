import { z } from 'zod';
import { call } from './define.js';
import { isWellFormedText } from './text.js';
import { issuePhrases, issueText, issueWords } from './issue-words.js';

/** host[:port] of a registry, or docker.io for Docker Hub. */
export const RegistryHost = z
  .string()
  .trim()
  .toLowerCase()
  .transform((host) => host.replace(/^https?:\/\//, '').replace(/\/+$/, ''))
  .pipe(
    z
      .string()
      .min(1, issueWords.registryRequired)
      .max(253)
      .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/, issueWords.registryHost),
  );

export const RegistryEntry = z.object({
  registry: z.string(),
  /** The signed-in user, or null. */
  username: z.string().nullable(),
  /** Where the login is kept: a docker credential helper, config.json (another tool's login), Berth's encrypted store, or only this run's memory. */
  storedIn: z.enum(['helper', 'config-file', 'encrypted', 'session']).nullable(),
  insecure: z.boolean(),
});
export type RegistryEntry = z.infer<typeof RegistryEntry>;

/** A repository path inside a registry, as distribution names it: `team/web`, `library/busybox`. */
export const RepositoryName = z
  .string()
  .min(1, issueWords.repositoryRequired)
  .max(255)
  .regex(
    /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/,
    "not a repository name: lowercase letters and digits, separated by '.', '_', '__', '-' or '/'",
  );
export const TagName = z.string().regex(/^[\w][\w.-]{0,127}$/, "not a tag: up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'");
const digestPattern = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
export const ManifestDigest = z.string().regex(digestPattern, issueWords.manifestDigest);
/** A tag or a digest, as a manifest is asked for. */
export const ManifestReference = z
  .string()
  .refine((value) => /^[\w][\w.-]{0,127}$/.test(value) || digestPattern.test(value), issueWords.tagOrDigest);

/** One page of a registry listing (catalog or tags): `next` is the `last` to ask for the following page, or null at the end. */
const pageInput = {
  /** Where the page starts: the `next` of the previous page. */
  last: z.string().min(1).max(512).refine(isWellFormedText, issueText('brokenText', { what: issuePhrases.thePageStart })).optional(),
  /** Page size. */
  n: z.number().int().min(1).max(1000).default(100),
};

export const ManifestLayer = z.object({ digest: z.string(), mediaType: z.string(), sizeBytes: z.number() });

/** One runnable image: for a multi-platform tag, one of these per platform. */
export const RegistryImage = z.object({
  /** The image manifest's digest (for a multi-platform tag, the platform's own manifest). */
  digest: z.string(),
  mediaType: z.string(),
  os: z.string(),
  architecture: z.string(),
  variant: z.string().nullable(),
  /** ISO 8601 from the image config, null when it has none. */
  created: z.string().nullable(),
  /** Config plus compressed layers, as stored in the registry (what a pull downloads). */
  sizeBytes: z.number(),
  layers: z.array(ManifestLayer),
});
export type RegistryImage = z.infer<typeof RegistryImage>;

export const RegistryManifest = z.object({
  registry: z.string(),
  repository: z.string(),
  reference: z.string(),
  /** What the reference names: the image manifest's digest, or the index's (manifest list's) for a multi-platform tag. This is what `docker push` prints. */
  digest: z.string(),
  /** Docker v2 schema 2 or OCI: manifest, manifest list or image index. */
  mediaType: z.string(),
  kind: z.enum(['image', 'index']),
  /** For an index, the sum over its platforms' images. */
  sizeBytes: z.number(),
  /** For an index, the newest of its images. */
  created: z.string().nullable(),
  /** os/architecture[/variant] of each image. */
  platforms: z.array(z.string()),
  images: z.array(RegistryImage),
});
export type RegistryManifest = z.infer<typeof RegistryManifest>;

export const RegistrySearchResult = z.object({
  /** The repository as the registry names it: `nginx` or `bitnami/redis` on Docker Hub, `team/web` elsewhere. */
  name: z.string(),
  /** What to pull: `nginx`, `127.0.0.1:5555/team/web`. */
  reference: z.string(),
  description: z.string().nullable(),
  /** Docker Hub only. */
  stars: z.number().nullable(),
  official: z.boolean(),
});
export type RegistrySearchResult = z.infer<typeof RegistrySearchResult>;

export const registryOps = {
  'registries.list': call({
    summary: 'Docker Hub and every known registry, each with its signed-in user (never a secret) and where the login is kept.',
    input: z.object({}).strict(),
    output: z.array(RegistryEntry),
  }),
  'registries.login': call({
    summary:
      'docker login: checks the user and password or token with the registry (GET /v2/, Basic or Bearer token flow) before anything is stored; `remember` stores it through the docker credential helper (or, in the Electron app, encrypted by the OS), otherwise it is kept in memory for this run.',
    input: z
      .object({
        registry: RegistryHost.default('docker.io'),
        username: z.string().min(1, issueWords.usernameRequired).max(512),
        password: z.string().min(1, issueWords.passwordRequired).max(16384),
        remember: z.boolean().default(true),
        /** Allow plain HTTP for a registry that is not on this machine. */
        insecure: z.boolean().default(false),
      })
      .strict(),
    output: RegistryEntry,
  }),
  'registries.loginStore': call({
    summary:
      'Where a remembered login for this registry would be kept, asked before signing in: the docker credential helper config.json names for it, the Electron app’s OS-encrypted store, or nowhere (then a login lasts until Berth quits).',
    input: z.object({ registry: RegistryHost }).strict(),
    output: z.object({
      keptIn: z.enum(['helper', 'encrypted']).nullable(),
      /** The helper program, e.g. docker-credential-pass; null without one. */
      helper: z.string().nullable(),
      /** The config.json that names (or would name) the helper. */
      dockerConfig: z.string(),
    }),
  }),
  'registries.logout': call({
    summary: 'docker logout: removes the registry’s login from wherever it is kept.',
    input: z.object({ registry: RegistryHost }).strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
  'registries.repositories': call({
    summary:
      'The registry’s catalog (GET /v2/_catalog), one page at a time (the Link header gives `next`), with the stored login. Docker Hub has no catalog: search it instead.',
    input: z.object({ registry: RegistryHost, ...pageInput }).strict(),
    output: z.object({ registry: z.string(), repositories: z.array(z.string()), next: z.string().nullable() }),
  }),
  'registries.tags': call({
    summary: 'The tags of a repository (GET /v2/NAME/tags/list), one page at a time, with the stored login.',
    input: z.object({ registry: RegistryHost, repository: RepositoryName, ...pageInput }).strict(),
    output: z.object({ registry: z.string(), repository: z.string(), tags: z.array(z.string()), next: z.string().nullable() }),
  }),
  'registries.manifest': call({
    summary:
      'A tag or digest as the registry stores it: digest, total size, created, os/arch and layers, from the manifest and its config blob (Docker v2 schema 2 and OCI; a manifest list or index lists each platform).',
    input: z.object({ registry: RegistryHost, repository: RepositoryName, reference: ManifestReference }).strict(),
    output: RegistryManifest,
  }),
  'registries.deleteTag': call({
    summary:
      'Deletes the manifest a tag points at (DELETE /v2/NAME/manifests/DIGEST), so every tag with that digest goes too; `digest` makes sure the tag still points where the user saw it. FORBIDDEN when the registry does not allow deleting.',
    input: z.object({ registry: RegistryHost, repository: RepositoryName, tag: TagName, digest: ManifestDigest.optional() }).strict(),
    output: z.object({ ok: z.literal(true), digest: z.string() }),
  }),
  'registries.search': call({
    summary:
      'docker search: Docker Hub’s search through the engine for docker.io; for any other registry, its catalog filtered by name (case-insensitive, every page read up to 20,000 repositories).',
    input: z
      .object({
        registry: RegistryHost.default('docker.io'),
        term: z.string().trim().min(1, issueWords.searchTermRequired).max(255),
        limit: z.number().int().min(1).max(100).default(25),
      })
      .strict(),
    output: z.object({ results: z.array(RegistrySearchResult), truncated: z.boolean() }),
  }),
} as const;
