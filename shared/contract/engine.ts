import { z } from 'zod';
import { call, stream } from './define.js';

export const EndpointSource = z.enum(['setting', 'DOCKER_HOST', 'context', 'default-socket', 'podman-socket', 'managed']);
export type EndpointSource = z.infer<typeof EndpointSource>;

export const Endpoint = z.object({
  /** As the docker CLI writes it: unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host, npipe://… */
  url: z.string(),
  source: EndpointSource,
  /** Human words for how it was found, e.g. "docker context 'colima'". */
  detail: z.string(),
  /** The saved engine this is (Settings.engines), when it is one. */
  engineId: z.string().optional(),
});
export type Endpoint = z.infer<typeof Endpoint>;

/** Why an ssh:// engine's host key was refused (see electron/engine/ssh/host-keys.ts). */
export const HostKeyProblem = z.object({
  problem: z.enum(['unknown', 'changed', 'revoked']),
  host: z.string(),
  port: z.number().int(),
  keyType: z.string(),
  /** SHA256:… as ssh prints it. */
  fingerprint: z.string(),
  /** For a changed key: the one on file. */
  knownFingerprint: z.string().optional(),
  /** For a changed or revoked key: file:line where it is. */
  knownAt: z.string().optional(),
});
export type HostKeyProblem = z.infer<typeof HostKeyProblem>;

/**
 * What an engine does otherwise than dockerd, where Berth cannot make up for it; each is said on the engine page.
 * `cancelled-work-continues`: a pull or build Berth stops following goes on in the engine (Podman 4.3).
 * `archive-owners-lost`: files read through the archive endpoint (Files downloads, volume export, clone and the
 * trash's copy) come as root's (Podman 4.3); their contents and modes are kept.
 */
export const EngineLimit = z.enum(['cancelled-work-continues', 'archive-owners-lost']);
export type EngineLimit = z.infer<typeof EngineLimit>;

/** Whose engine answers: dockerd, or Podman's Docker-compatible service (told apart by GET /version). */
export const EngineProduct = z.enum(['docker', 'podman']);
export type EngineProduct = z.infer<typeof EngineProduct>;

export const EngineStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('connecting'), endpoint: Endpoint.nullable() }),
  z.object({
    state: z.literal('connected'),
    endpoint: Endpoint,
    serverVersion: z.string(),
    apiVersion: z.string(),
    product: EngineProduct,
    /**
     * Event types this engine never sends (Podman 4.3: network). Berth refreshes them after its own actions;
     * what another client changes shows on refresh.
     */
    eventlessTypes: z.array(z.string()),
    limits: z.array(EngineLimit),
  }),
  z.object({
    state: z.literal('unavailable'),
    endpoint: Endpoint.nullable(),
    reason: z.string(),
    /** When the next automatic reconnect attempt happens (epoch ms), if one is scheduled. */
    retryAt: z.number().nullable(),
    /** An ssh engine whose host key was refused: no retry until the user trusts it (engines.trustHostKey). */
    hostKey: HostKeyProblem.optional(),
  }),
]);
export type EngineStatus = z.infer<typeof EngineStatus>;

export const EngineInfo = z.object({
  endpoint: Endpoint,
  name: z.string(),
  serverVersion: z.string(),
  apiVersion: z.string(),
  os: z.string(),
  osType: z.string(),
  arch: z.string(),
  kernelVersion: z.string(),
  cpus: z.number(),
  memoryBytes: z.number(),
  storageDriver: z.string(),
  rootDir: z.string(),
  containers: z.object({ total: z.number(), running: z.number(), paused: z.number(), stopped: z.number() }),
  images: z.number(),
});
export type EngineInfo = z.infer<typeof EngineInfo>;

/** One engine event, normalised; `resync` is Berth's own: events may have been missed, reload everything. */
export const EngineEvent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('engine'),
    type: z.string(),
    action: z.string(),
    /** What the engine wrote after the action's colon: `healthy` for `health_status: healthy`, the command of an exec. */
    detail: z.string().optional(),
    id: z.string(),
    attributes: z.record(z.string(), z.string()),
    /** Nanoseconds since the epoch, as the engine stamps it. */
    timeNano: z.number(),
  }),
  z.object({ kind: z.literal('resync'), reason: z.string() }),
]);
export type EngineEvent = z.infer<typeof EngineEvent>;

export const ProviderStatusSchema = z.object({
  /** Which engine Berth can run itself here: dockerd (Linux), a Lima VM (macOS), WSL2 (Windows). */
  kind: z.enum(['dockerd', 'lima', 'wsl2']),
  /** Why it cannot run here, or null. */
  unavailable: z.string().nullable(),
  state: z.enum(['stopped', 'starting', 'running', 'stopping', 'error']),
  step: z.string().nullable(),
  error: z.object({ message: z.string(), lastLines: z.array(z.string()) }).nullable(),
  socketUrl: z.string(),
  startedByBerth: z.boolean(),
});
export type ProviderStatusValue = z.infer<typeof ProviderStatusSchema>;

const Empty = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) });

export const engineOps = {
  'engine.info': call({
    summary: 'Facts about the connected engine (docker info + version).',
    input: Empty,
    output: EngineInfo,
  }),
  'engine.status': stream({
    summary: 'The connection state now, then every change: connecting, connected, unavailable (with the reason).',
    input: Empty,
    event: EngineStatus,
  }),
  'engine.events': stream({
    summary:
      'The engine event stream, shared by all subscribers; a `resync` event follows every reconnect. Optional type filter.',
    input: z.object({ types: z.array(z.string().min(1)).optional() }).strict(),
    event: EngineEvent,
  }),
  'engine.provider': stream({
    summary: 'The engine Berth can run itself on this platform: its state now and every change, with progress steps.',
    input: Empty,
    event: ProviderStatusSchema,
  }),
  'engine.start': call({ summary: 'Starts the engine Berth runs itself (and uses it).', input: Empty, output: Ok }),
  'engine.stop': call({ summary: 'Stops the engine Berth runs itself.', input: Empty, output: Ok }),
  'engine.restart': call({ summary: 'Stops, then starts, the engine Berth runs itself.', input: Empty, output: Ok }),
  'engine.logs': stream({
    summary: 'The log of the engine Berth runs itself: the last lines, then new ones.',
    input: Empty,
    event: z.object({ lines: z.array(z.string()) }),
  }),
} as const;
