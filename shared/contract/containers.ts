import { z } from 'zod';
import { call, stream } from './define.js';
import { RunSpec, containerNamePattern } from '../run-spec.js';
import { ContainerPath, FileName } from './paths.js';
import { issueWords } from './issue-words.js';

/** A container id (full or a unique prefix) or name, as the docker CLI accepts it. */
export const ContainerRef = z
  .string()
  .min(1, issueWords.containerRefRequired)
  .max(256)
  .regex(/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, issueWords.containerRef);

export const ContainerState = z.enum(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']);
export type ContainerState = z.infer<typeof ContainerState>;

export const PortBinding = z.object({
  ip: z.string().nullable(),
  privatePort: z.number().int(),
  publicPort: z.number().int().nullable(),
  type: z.enum(['tcp', 'udp', 'sctp']),
});
export type PortBinding = z.infer<typeof PortBinding>;

export const ContainerSummary = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  imageId: z.string(),
  command: z.string(),
  /** Seconds since the epoch. */
  created: z.number(),
  state: ContainerState,
  status: z.string(),
  /** Parsed from the status of an exited container ("Exited (137) …"), else null. */
  exitCode: z.number().int().nullable(),
  ports: z.array(PortBinding),
  labels: z.record(z.string(), z.string()),
  composeProject: z.string().nullable(),
  composeService: z.string().nullable(),
  mounts: z.array(z.object({ type: z.string(), name: z.string().nullable(), source: z.string(), destination: z.string() })),
});
export type ContainerSummary = z.infer<typeof ContainerSummary>;

export const ContainerStatsSample = z.object({
  /** Epoch ms of the sample. */
  time: z.number(),
  /** Percent of one CPU, as `docker stats` shows it (can exceed 100 on several CPUs). */
  cpuPercent: z.number(),
  memoryBytes: z.number(),
  memoryLimitBytes: z.number(),
  networkRxBytes: z.number(),
  networkTxBytes: z.number(),
  blockReadBytes: z.number(),
  blockWriteBytes: z.number(),
  pids: z.number(),
});
export type ContainerStatsSample = z.infer<typeof ContainerStatsSample>;

/** Output of a terminal (exec, attach), or how it ended. */
export const TerminalEvent = z.union([
  z.object({ output: z.string(), stream: z.enum(['stdout', 'stderr']) }),
  z.object({ exitCode: z.number().int().nullable() }),
]);
export type TerminalEvent = z.infer<typeof TerminalEvent>;

/** What a terminal sends in: keystrokes (text as typed or pasted) or a new size. */
export const TerminalInput = z.union([
  z.object({ data: z.string().max(1024 * 1024) }).strict(),
  z.object({ resize: z.object({ cols: z.number().int().min(1).max(1000), rows: z.number().int().min(1).max(1000) }) }).strict(),
]);
export type TerminalInput = z.infer<typeof TerminalInput>;

export const FileEntry = z.object({
  name: z.string(),
  type: z.enum(['file', 'directory', 'symlink', 'link', 'other']),
  sizeBytes: z.number(),
  /** Permission bits, e.g. 0o755. */
  mode: z.number(),
  /** Epoch ms. */
  modified: z.number(),
  linkTarget: z.string().nullable(),
});
export type FileEntry = z.infer<typeof FileEntry>;

/** A download: first its name and kind, then the bytes in order, base64. */
export const DownloadEvent = z.union([
  z.object({ fileName: z.string(), kind: z.enum(['file', 'tar']), sizeBytes: z.number().nullable() }),
  z.object({ chunkBase64: z.string() }),
]);

/** Files to write into a folder: names (not paths) and their bytes in base64. */
export const UploadFiles = z
  .array(z.object({ name: FileName, contentBase64: z.string().max(16 * 1024 * 1024) }))
  .min(1)
  .max(100);

const Ref = z.object({ id: ContainerRef }).strict();
const Ok = z.object({ ok: z.literal(true) });

export const containerOps = {
  'containers.list': call({
    summary: 'docker ps: running containers, or all with `all`; `ids` narrows the list to those containers.',
    input: z
      .object({
        all: z.boolean().default(true),
        ids: z.array(ContainerRef).max(1000).optional(),
      })
      .strict(),
    output: z.array(ContainerSummary),
  }),
  'containers.inspect': call({
    summary: 'docker inspect: the engine’s full JSON for one container.',
    input: Ref,
    output: z.record(z.string(), z.unknown()),
  }),
  'containers.start': call({ summary: 'docker start (a running container is left as it is).', input: Ref, output: Ok }),
  'containers.stop': call({
    summary: 'docker stop, with an optional grace period in seconds before SIGKILL.',
    input: z.object({ id: ContainerRef, timeoutSeconds: z.number().int().min(0).max(3600).optional() }).strict(),
    output: Ok,
  }),
  'containers.restart': call({
    summary: 'docker restart, with an optional grace period in seconds.',
    input: z.object({ id: ContainerRef, timeoutSeconds: z.number().int().min(0).max(3600).optional() }).strict(),
    output: Ok,
  }),
  'containers.pause': call({ summary: 'docker pause.', input: Ref, output: Ok }),
  'containers.unpause': call({ summary: 'docker unpause.', input: Ref, output: Ok }),
  'containers.kill': call({
    summary: 'docker kill, SIGKILL unless another signal is named.',
    input: z
      .object({
        id: ContainerRef,
        signal: z
          .string()
          .regex(/^(SIG)?[A-Z0-9+-]+$|^[0-9]+$/, issueWords.signal)
          .optional(),
      })
      .strict(),
    output: Ok,
  }),
  'containers.remove': call({
    summary:
      'docker rm; `force` removes a running container, `volumes` also removes its anonymous volumes (-v), each kept in the trash like a removed volume. The container is kept in Recently removed (its spec, networks and anonymous volumes) first.',
    input: z
      .object({ id: ContainerRef, force: z.boolean().default(false), volumes: z.boolean().default(false) })
      .strict(),
    output: Ok,
  }),
  'containers.logs': stream({
    summary:
      'docker logs: the last `tail` lines (default 1000, "all" for all), then new ones while `follow`; stdout and stderr told apart; lines arrive in batches.',
    input: z
      .object({
        id: ContainerRef,
        follow: z.boolean().default(true),
        tail: z.union([z.number().int().min(0).max(10_000_000), z.literal('all')]).default(1000),
        /** Seconds since the epoch. */
        since: z.number().int().min(0).optional(),
        timestamps: z.boolean().default(false),
      })
      .strict(),
    event: z.object({
      lines: z.array(z.object({ stream: z.enum(['stdout', 'stderr']), text: z.string(), time: z.string().optional() })),
    }),
  }),
  'containers.stats': stream({
    summary: 'docker stats for one container: a sample about every second while it runs (CPU %, memory, network, block I/O, pids).',
    input: Ref,
    event: ContainerStatsSample,
  }),
  'containers.exec': stream({
    summary:
      'docker exec -it: a process in a running container (default `sh`), its output as events, keystrokes and resizes sent in; ends with its exit code.',
    input: z
      .object({
        id: ContainerRef,
        cmd: z.array(z.string()).min(1).default(['sh']),
        user: z.string().max(256).optional(),
        workingDir: ContainerPath.optional(),
        env: z.array(z.string().regex(/^[^=\s]+=/, 'KEY=value')).optional(),
        tty: z.boolean().default(true),
        cols: z.number().int().min(1).max(1000).optional(),
        rows: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    event: TerminalEvent,
    send: TerminalInput,
  }),
  'containers.attach': stream({
    summary:
      'docker attach: the container’s own process (started with -it); cancel detaches and leaves it running.',
    input: z
      .object({ id: ContainerRef, cols: z.number().int().min(1).max(1000).optional(), rows: z.number().int().min(1).max(1000).optional() })
      .strict(),
    event: TerminalEvent,
    send: TerminalInput,
  }),
  'containers.files.list': call({
    summary:
      'The entries of one folder in a container’s filesystem (running or stopped): name, kind, size (a folder’s is the total of its contents), mode, time, link target.',
    input: z.object({ id: ContainerRef, path: ContainerPath }).strict(),
    output: z.object({ path: z.string(), entries: z.array(FileEntry) }),
  }),
  'containers.files.download': stream({
    summary:
      'docker cp CONTAINER:PATH: a file’s bytes, or a folder as a tar archive, in base64 chunks; the first event names the file to save.',
    input: z.object({ id: ContainerRef, path: ContainerPath }).strict(),
    event: DownloadEvent,
  }),
  'containers.files.upload': call({
    summary: 'docker cp FILES CONTAINER:FOLDER: files (base64) written into a folder of the container.',
    input: z
      .object({
        id: ContainerRef,
        folder: ContainerPath,
        files: UploadFiles,
      })
      .strict(),
    output: Ok,
  }),
  'containers.changes': call({
    summary: 'docker diff: the paths added, changed or deleted in the container’s filesystem since it was made.',
    input: Ref,
    output: z.array(z.object({ path: z.string(), kind: z.enum(['added', 'changed', 'deleted']) })),
  }),
  'containers.commit': call({
    summary:
      'docker commit -a -m -c -p: a new image from the container’s filesystem, with Dockerfile changes (CMD, ENTRYPOINT, ENV, EXPOSE, WORKDIR, USER, LABEL, VOLUME).',
    input: z
      .object({
        id: ContainerRef,
        repository: z.string().regex(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/, issueWords.commitRepository).max(255).optional(),
        tag: z.string().regex(/^[\w][\w.-]{0,127}$/, issueWords.commitTag).optional(),
        author: z.string().max(1024).optional(),
        message: z.string().max(65536).optional(),
        changes: z
          .array(z.string().regex(/^\s*(CMD|ENTRYPOINT|ENV|EXPOSE|WORKDIR|USER|LABEL|VOLUME|ONBUILD|STOPSIGNAL)\s+\S/i, issueWords.commitChange))
          .default([]),
        pause: z.boolean().default(true),
      })
      .strict(),
    output: z.object({ imageId: z.string() }),
  }),
  'containers.create': call({
    summary: 'docker create: a container from a run spec (image, name, command, env, ports, mounts, …), not started.',
    input: RunSpec,
    output: z.object({ id: z.string(), warnings: z.array(z.string()) }),
  }),
  'containers.run': call({
    summary:
      'docker run -d: create and start. A start that fails (a host port already taken, say) removes the container it made.',
    input: RunSpec,
    output: z.object({ id: z.string(), warnings: z.array(z.string()) }),
  }),
  'containers.runCommand': call({
    summary: 'The `docker run …` command that recreates an existing container (image, name, ports, mounts, env, …).',
    input: Ref,
    output: z.object({ command: z.string(), spec: RunSpec }),
  }),
  'containers.recreate': call({
    summary:
      'Edit → recreate: the container made again from `spec` under its own name, keeping its anonymous volumes and its other networks. The old one is stopped and renamed aside, the new one created (and started if the old one was running); only then is the old one removed, and kept in Recently removed. If any step fails the old one is put back under its name (and started again if it was running) and the failure is answered. A container started with --rm is refused (stopping it would remove it).',
    input: z.object({ id: ContainerRef, spec: RunSpec }).strict(),
    output: z.object({ id: z.string(), name: z.string(), previousId: z.string(), started: z.boolean() }),
  }),
  'containers.rename': call({
    summary: 'docker rename.',
    input: z.object({ id: ContainerRef, name: z.string().regex(containerNamePattern, issueWords.containerName).max(128) }).strict(),
    output: Ok,
  }),
  'containers.prune': call({
    summary:
      'docker container prune, in two steps: `dryRun` lists the stopped containers that would go (never the tasks of a swarm service that exists); then `ids` removes exactly those still stopped, each kept in Recently removed first.',
    input: z
      .object({ dryRun: z.boolean().default(false), ids: z.array(ContainerRef).max(10000).optional() })
      .strict()
      .refine((input) => input.dryRun || input.ids !== undefined, 'give the ids from the preview, or dryRun: true'),
    output: z.object({
      containers: z.array(z.object({ id: z.string(), name: z.string(), status: z.string(), sizeBytes: z.number() })),
      spaceReclaimedBytes: z.number(),
    }),
  }),
} as const;
