import { z } from 'zod';
import { call } from './define.js';

/** host[:port] of a registry, or docker.io for Docker Hub. */
export const RegistryHost = z
  .string()
  .trim()
  .toLowerCase()
  .transform((host) => host.replace(/^https?:\/\//, '').replace(/\/+$/, ''))
  .pipe(
    z
      .string()
      .min(1, 'a registry host is required')
      .max(253)
      .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/, 'not a registry host (host or host:port)'),
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
        username: z.string().min(1, 'a user name is required').max(512),
        password: z.string().min(1, 'a password or access token is required').max(16384),
        remember: z.boolean().default(true),
        /** Allow plain HTTP for a registry that is not on this machine. */
        insecure: z.boolean().default(false),
      })
      .strict(),
    output: RegistryEntry,
  }),
  'registries.logout': call({
    summary: 'docker logout: removes the registry’s login from wherever it is kept.',
    input: z.object({ registry: RegistryHost }).strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
} as const;
