import { z } from 'zod';
import { call, stream } from './define.js';
import { Endpoint } from './engine.js';
import { EngineConfig } from './settings.js';

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

const Ok = z.object({ ok: z.literal(true) });

export const engineOwnershipOps = {
  'engines.list': call({
    summary:
      'The engines Berth knows (saved ones, with the active one marked), what the usual resolution would find, and the endpoint in use.',
    input: z.object({}).strict(),
    output: z.object({
      engines: z.array(EngineConfig.extend({ active: z.boolean() })),
      detected: Endpoint.nullable(),
      current: Endpoint.nullable(),
    }),
  }),
  'engines.add': call({
    summary: 'Saves an engine: a socket path, tcp:// (with TLS certificate paths), or ssh://user@host[:port] (with an optional key path).',
    input: z
      .object({
        name: z.string().trim().min(1, 'a name is required').max(128),
        url: EngineConfig.shape.url,
        tls: EngineConfig.shape.tls,
        sshKeyPath: z.string().optional(),
        use: z.boolean().default(false),
      })
      .strict(),
    output: EngineConfig,
  }),
  'engines.remove': call({
    summary: 'Forgets a saved engine (the engine itself is untouched); if it was active, Berth goes back to finding one.',
    input: z.object({ id: z.string().min(1) }).strict(),
    output: Ok,
  }),
  'engines.use': call({
    summary: 'Switches every page to another engine: a saved one by id, or null to find one the usual way.',
    input: z.object({ id: z.string().min(1).nullable() }).strict(),
    output: Ok,
  }),
  'engines.importContexts': call({
    summary: 'Saves the docker CLI’s contexts (~/.docker/contexts) as engines, skipping ones already saved.',
    input: z.object({}).strict(),
    output: z.object({ imported: z.array(EngineConfig) }),
  }),
  'engine.provider': stream({
    summary: 'The engine Berth can run itself on this platform: its state now and every change, with progress steps.',
    input: z.object({}).strict(),
    event: ProviderStatusSchema,
  }),
  'engine.start': call({ summary: 'Starts the engine Berth runs itself (and uses it).', input: z.object({}).strict(), output: Ok }),
  'engine.stop': call({ summary: 'Stops the engine Berth runs itself.', input: z.object({}).strict(), output: Ok }),
  'engine.restart': call({ summary: 'Stops, then starts, the engine Berth runs itself.', input: z.object({}).strict(), output: Ok }),
  'engine.logs': stream({
    summary: 'The log of the engine Berth runs itself: the last lines, then new ones.',
    input: z.object({}).strict(),
    event: z.object({ lines: z.array(z.string()) }),
  }),
} as const;
