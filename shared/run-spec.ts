import { z } from 'zod';
import { ContainerPath, hostPathProblem } from './contract/paths.js';
import { checkImageRefOrId } from './image-ref.js';
import { issuePhrases, issueText, issueWords } from './contract/issue-words.js';

/**
 * What `docker run` takes, as one value: the run dialog edits it, main turns it into a create request, and
 * "copy as docker run" turns it (or an existing container's inspect) back into the command line.
 */
export const containerNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export const PortSpec = z.object({
  hostIp: z.union([z.ipv4(), z.ipv6(), z.literal('')]).default(''),
  /** null: the engine picks a free host port. */
  hostPort: z.number().int().min(1).max(65535).nullable().default(null),
  containerPort: z.number().int().min(1).max(65535),
  protocol: z.enum(['tcp', 'udp', 'sctp']).default('tcp'),
});
export type PortSpec = z.infer<typeof PortSpec>;

export const MountSpec = z.object({
  type: z.enum(['volume', 'bind']),
  /** A volume name (empty: an anonymous volume) or an absolute host path. */
  source: z.string().max(4096),
  target: ContainerPath,
  readOnly: z.boolean().default(false),
}).superRefine((mount, ctx) => {
  const hostProblem = mount.type === 'bind' ? hostPathProblem(mount.source, issuePhrases.onTheEngineMachine) : null;
  if (hostProblem) ctx.addIssue({ code: 'custom', path: ['source'], message: issueText('bindSource', { problem: hostProblem }) });
  if (mount.type === 'volume' && mount.source && !containerNamePattern.test(mount.source)) {
    ctx.addIssue({ code: 'custom', path: ['source'], message: issueWords.mountVolumeName });
  }
});
export type MountSpec = z.infer<typeof MountSpec>;

export const RestartPolicy = z.enum(['no', 'always', 'unless-stopped', 'on-failure']);

export const RunSpec = z.object({
  image: z
    .string()
    .min(1, issueWords.imageRequired)
    .max(512)
    // The engine's own refusal of a bad reference reads as Berth's fault ("invalid reference format"); this says what is wrong with it.
    .superRefine((image, ctx) => {
      const problem = image ? checkImageRefOrId(image) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  name: z.string().regex(containerNamePattern, issueWords.runName).max(128).optional(),
  /** Overrides the image's CMD (exec form). */
  cmd: z.array(z.string()).optional(),
  /** Overrides the image's ENTRYPOINT (exec form); [] clears it. */
  entrypoint: z.array(z.string()).optional(),
  env: z.array(z.object({ key: z.string().regex(/^[^=\s]+$/, issueWords.variableName), value: z.string() })).default([]),
  ports: z.array(PortSpec).default([]),
  mounts: z.array(MountSpec).default([]),
  workingDir: ContainerPath.optional(),
  user: z.string().max(256).optional(),
  restart: RestartPolicy.default('no'),
  autoRemove: z.boolean().default(false),
  interactive: z.boolean().default(false),
  tty: z.boolean().default(false),
  labels: z.record(z.string().min(1), z.string()).default({}),
  network: z.string().max(256).optional(),
});
export type RunSpec = z.infer<typeof RunSpec>;
export type RunSpecInput = z.input<typeof RunSpec>;

/** Quotes one argument for a POSIX shell, only when it needs it. */
export function shellQuote(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The `docker run` command line that does what the spec says, each argument quoted for a shell. */
function dockerRunArgs(spec: RunSpec, detach = !spec.interactive): string[] {
  const args = ['docker', 'run'];
  if (detach) args.push('-d');
  if (spec.interactive && spec.tty) args.push('-it');
  else if (spec.interactive) args.push('-i');
  else if (spec.tty) args.push('-t');
  if (spec.autoRemove) args.push('--rm');
  if (spec.name) args.push('--name', spec.name);
  for (const port of spec.ports) {
    const host = port.hostPort === null ? (port.hostIp ? `${bracket(port.hostIp)}::` : '') : `${port.hostIp ? `${bracket(port.hostIp)}:` : ''}${port.hostPort}:`;
    args.push('-p', `${host}${port.containerPort}${port.protocol === 'tcp' ? '' : `/${port.protocol}`}`);
  }
  for (const mount of spec.mounts) {
    args.push('-v', `${mount.source ? `${mount.source}:` : ''}${mount.target}${mount.readOnly ? ':ro' : ''}`);
  }
  for (const { key, value } of spec.env) args.push('-e', `${key}=${value}`);
  for (const [key, value] of Object.entries(spec.labels)) args.push('--label', `${key}=${value}`);
  if (spec.workingDir) args.push('-w', spec.workingDir);
  if (spec.user) args.push('-u', spec.user);
  if (spec.restart !== 'no') args.push('--restart', spec.restart);
  if (spec.network) args.push('--network', spec.network);
  // --entrypoint takes one word; an exec-form entrypoint's further words go before the command.
  const [entry, ...entryRest] = spec.entrypoint ?? [];
  if (spec.entrypoint) args.push('--entrypoint', entry ?? '');
  args.push(spec.image, ...entryRest, ...(spec.cmd ?? []));
  return args;
}

export function dockerRunCommand(spec: RunSpec): string {
  return dockerRunArgs(spec).map(shellQuote).join(' ');
}

const bracket = (ip: string) => (ip.includes(':') ? `[${ip}]` : ip);
