import { z } from 'zod';
import { call, stream } from './define.js';
import { HostFile, HostPath } from './paths.js';

const Project = z.object({ project: z.string().min(1).max(256) }).strict();

/** A compose service's name as the compose spec allows it (also a project's, lower-cased by compose itself). */
const ServiceName = z.string().regex(/^[a-zA-Z0-9._-]{1,128}$/);

/** The compose tool Berth drives: `docker compose` (v2 plugin) when present, else `docker-compose` (v1). */
export const ComposeTool = z.object({
  /** null: neither was found (nor the one configured in Settings). */
  flavour: z.enum(['v2', 'v1']).nullable(),
  /** The program and the arguments before compose's own, e.g. ["docker", "compose"] or ["/usr/bin/docker-compose"]. */
  command: z.array(z.string()),
  /** As the tool prints it, e.g. "1.29.2". */
  version: z.string().nullable(),
  /** Where it came from: the configured path in Settings, or a search of PATH. */
  source: z.enum(['setting', 'path']).nullable(),
});
export type ComposeTool = z.infer<typeof ComposeTool>;

/** A compose project Berth opened from its files (remembered across restarts). */
export const ComposeFileProject = z.object({
  id: z.string(),
  /** The project name compose uses (`name:` in the file, else the folder's name, normalised as compose does). */
  name: z.string(),
  /** The project's folder: relative paths in the files and `.env` are read from here. */
  dir: z.string(),
  /** The compose files, in the order compose merges them (the main file, then overrides). */
  files: z.array(z.string()).min(1),
  /** The `.env` file of the folder, when there is one. */
  envFile: z.string().nullable(),
  openedAt: z.number(),
});
export type ComposeFileProject = z.infer<typeof ComposeFileProject>;

/**
 * A problem in a compose file, at its place (1-based line and column). `code` and `params` let the UI word it;
 * `message` is main's English sentence (scripts and logs).
 */
export const ComposeDiagnostic = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
  severity: z.enum(['error', 'warning']),
  code: z.enum([
    'yaml',
    'not-a-mapping',
    'schema-unknown-key',
    'schema-required',
    'schema-type',
    'schema-enum',
    'schema-pattern',
    'schema-format',
    'schema-other',
    'variable-unset',
    'variable-required',
    'variable-syntax',
    'file-missing',
  ]),
  params: z.record(z.string(), z.string()),
  message: z.string(),
});
export type ComposeDiagnostic = z.infer<typeof ComposeDiagnostic>;

/** One service of a compose file after interpolation and merging of the files, as the project page shows it. */
export const ComposeServiceModel = z.object({
  name: z.string(),
  image: z.string().nullable(),
  build: z.object({ context: z.string(), dockerfile: z.string().nullable() }).nullable(),
  /** As written in the file, in compose's short syntax ("127.0.0.1:8080:80/tcp"). */
  ports: z.array(z.string()),
  /** "source:target[:mode]" or a target alone (anonymous). */
  volumes: z.array(z.string()),
  networks: z.array(z.string()),
  dependsOn: z.array(z.string()),
  /** The healthcheck's test as one line, or null. */
  healthcheck: z.string().nullable(),
  profiles: z.array(z.string()),
  /** Where the service is declared (the last file that mentions it), for the editor. */
  file: z.string(),
  line: z.number().int().min(1),
});
export type ComposeServiceModel = z.infer<typeof ComposeServiceModel>;

export const ComposeModel = z.object({
  services: z.array(ComposeServiceModel),
  volumes: z.array(z.string()),
  networks: z.array(z.string()),
});
export type ComposeModel = z.infer<typeof ComposeModel>;

/** What reading or checking a project's files found: the model when there is no error, and every problem. */
export const ComposeCheck = z.object({ model: ComposeModel.nullable(), diagnostics: z.array(ComposeDiagnostic) });
export type ComposeCheck = z.infer<typeof ComposeCheck>;

export const ComposeFileText = z.object({
  path: z.string(),
  text: z.string(),
  /** The file's modification time when read: a save names it, and is refused when the file changed since. */
  mtimeMs: z.number(),
});
export type ComposeFileText = z.infer<typeof ComposeFileText>;

/** The compose commands Berth runs, each through the compose tool with the project's files. */
export const ComposeAction = z.enum(['up', 'down', 'start', 'stop', 'restart', 'pull', 'build']);
export type ComposeAction = z.infer<typeof ComposeAction>;

export const ComposeRunOptions = z
  .object({
    /** up: build images before starting (`--build`). */
    build: z.boolean().default(false),
    /** up: `--pull always|missing|never` (v2) — v1 has only `pull` first, which Berth runs as its own step. */
    pull: z.enum(['always', 'missing', 'never']).default('missing'),
    /** up: recreate containers even if their configuration did not change. */
    forceRecreate: z.boolean().default(false),
    /** up and down: remove containers of services no longer in the file. */
    removeOrphans: z.boolean().default(false),
    /** down: also remove the project's named volumes and anonymous volumes (`-v`) — the user's explicit choice. */
    removeVolumes: z.boolean().default(false),
    /** build: `--no-cache`. */
    noCache: z.boolean().default(false),
  })
  .strict();
export type ComposeRunOptions = z.infer<typeof ComposeRunOptions>;

export const ComposeRunEvent = z.discriminatedUnion('kind', [
  /** First: the command that runs, as a shell line ("Copy as CLI"). */
  z.object({ kind: z.literal('started'), command: z.string() }),
  z.object({ kind: z.literal('output'), lines: z.array(z.object({ stream: z.enum(['stdout', 'stderr']), text: z.string() })) }),
  z.object({ kind: z.literal('done'), exitCode: z.number().int() }),
]);
export type ComposeRunEvent = z.infer<typeof ComposeRunEvent>;

const FileProject = z.object({ id: z.string().min(1).max(64) }).strict();
const Services = z.array(ServiceName).max(200).default([]);

/**
 * Compose projects, as the containers' com.docker.compose.project label groups them (no compose file needed),
 * and projects opened from their files, driven through the real compose tool.
 */
export const composeOps = {
  'compose.start': call({
    summary: 'Start every container of a compose project, in depends_on order (paused ones are unpaused).',
    input: Project,
    output: z.object({ ids: z.array(z.string()) }),
  }),
  'compose.stop': call({
    summary: 'Stop every running or paused container of a compose project, dependents first.',
    input: Project,
    output: z.object({ ids: z.array(z.string()) }),
  }),
  'compose.restart': call({
    summary: 'Restart every container of a compose project: stopped dependents first, started in depends_on order.',
    input: Project,
    output: z.object({ ids: z.array(z.string()) }),
  }),
  'compose.remove': call({
    summary: 'Stop and remove every container of a compose project (`volumes` also removes their anonymous volumes).',
    input: z.object({ project: z.string().min(1).max(256), volumes: z.boolean().default(false) }).strict(),
    output: z.object({ ids: z.array(z.string()) }),
  }),
  'compose.logs': stream({
    summary: 'The logs of every container of a compose project (or of the given services) merged in one stream, each line naming its container.',
    input: z
      .object({
        project: z.string().min(1).max(256),
        services: Services,
        tail: z.number().int().min(0).max(100000).default(200),
        follow: z.boolean().default(true),
      })
      .strict(),
    event: z.object({
      lines: z.array(z.object({ container: z.string(), stream: z.enum(['stdout', 'stderr']), text: z.string(), time: z.string() })),
    }),
  }),
  'compose.export': call({
    summary:
      'A compose file that recreates the given containers (or every container of a project) from their inspect data: image, command, ports, volumes, env, restart, networks, labels.',
    input: z
      .object({
        project: z.string().min(1).max(256).optional(),
        containers: z.array(z.string().min(1).max(256)).max(200).optional(),
        /** Also writes the file here (atomically); an existing file is refused (CONFLICT, details.exists) unless `overwrite`. */
        path: HostFile.optional(),
        overwrite: z.boolean().default(false),
      })
      .strict()
      .refine((v) => Boolean(v.project) !== Boolean(v.containers?.length), { message: 'Name a project or some containers, not both.' }),
    output: z.object({
      text: z.string(),
      /** What the file cannot carry (a container on the default bridge with links, a mount of another container's volumes…): `code` for the UI's words. */
      warnings: z.array(z.object({ code: z.string(), container: z.string(), message: z.string() })),
      path: z.string().nullable(),
    }),
  }),

  'compose.tool': call({
    summary: 'The compose tool Berth would run (the configured one, else `docker compose`, else `docker-compose`), and its version.',
    input: z.object({}).strict(),
    output: ComposeTool,
  }),
  'compose.files.list': call({
    summary: 'The compose projects opened from files, oldest first.',
    input: z.object({}).strict(),
    output: z.object({ projects: z.array(ComposeFileProject) }),
  }),
  'compose.files.open': call({
    summary:
      'Opens a compose file, or a folder holding compose.yaml / compose.yml / docker-compose.yml / docker-compose.yaml (with its override file and .env); remembered across restarts. Opening it again returns the same project.',
    input: z.object({ path: HostPath }).strict(),
    output: ComposeFileProject,
  }),
  'compose.files.close': call({
    summary: 'Forgets a project opened from files (its files and containers are left as they are).',
    input: FileProject,
    output: z.object({ ok: z.literal(true) }),
  }),
  'compose.files.read': call({
    summary: "A project's files as text, with the model and the problems of the files as they are on disk.",
    input: FileProject,
    output: ComposeCheck.extend({ project: ComposeFileProject, files: z.array(ComposeFileText) }),
  }),
  'compose.files.check': call({
    summary:
      "Checks a project's files with one of them replaced by an unsaved text (the editor's): YAML, interpolation of ${VAR} from .env and the environment, and the compose-spec schema.",
    input: z.object({ id: FileProject.shape.id, path: HostFile, text: z.string().max(2_000_000) }).strict(),
    output: ComposeCheck,
  }),
  'compose.files.save': call({
    summary:
      "Saves one of a project's files atomically, keeping the previous version as <file>.bak; refused (CONFLICT) when the file changed on disk since `baseMtimeMs`.",
    input: z.object({ id: FileProject.shape.id, path: HostFile, text: z.string().max(2_000_000), baseMtimeMs: z.number() }).strict(),
    output: z.object({ mtimeMs: z.number(), backupPath: z.string().nullable() }),
  }),
  'compose.files.hashes': call({
    summary:
      "Each service's configuration hash as the compose tool computes it (`config --hash`): a container whose com.docker.compose.config-hash label differs is out of date.",
    input: FileProject,
    output: z.object({ hashes: z.record(z.string(), z.string()) }),
  }),
  'compose.files.run': stream({
    summary:
      "Runs a compose command for a project opened from files against the engine in use (DOCKER_HOST passed through), streaming the tool's output; cancelling stops the tool. Fails with the tool's stderr when it exits non-zero.",
    input: z.object({ id: FileProject.shape.id, action: ComposeAction, services: Services, options: ComposeRunOptions.prefault({}) }).strict(),
    event: ComposeRunEvent,
  }),
} as const;
