import { z } from 'zod';
import { call } from './define.js';

/** A container id (full or a unique prefix) or name, as the docker CLI accepts it. */
export const ContainerRef = z
  .string()
  .min(1, 'a container id or name is required')
  .max(256)
  .regex(/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'not a container id or name');

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
          .regex(/^(SIG)?[A-Z0-9+-]+$|^[0-9]+$/, 'not a signal name or number')
          .optional(),
      })
      .strict(),
    output: Ok,
  }),
  'containers.remove': call({
    summary: 'docker rm; `force` removes a running container, `volumes` also removes its anonymous volumes (-v).',
    input: z
      .object({ id: ContainerRef, force: z.boolean().default(false), volumes: z.boolean().default(false) })
      .strict(),
    output: Ok,
  }),
} as const;
