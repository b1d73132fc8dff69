import { z } from 'zod';
import { call } from './define.js';
import { Endpoint } from './engine.js';
import { HostFile } from './paths.js';
import { EngineConfig } from './settings.js';
import { issueWords } from './issue-words.js';

const Ok = z.object({ ok: z.literal(true) });

/** The engines Berth has saved (engines.*); the one in use and the one Berth runs itself are engine.*. */
export const savedEngineOps = {
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
        name: z.string().trim().min(1, issueWords.engineNameRequired).max(128),
        url: EngineConfig.shape.url,
        tls: z.object({ caPath: HostFile, certPath: HostFile, keyPath: HostFile }).strict().optional(),
        sshKeyPath: HostFile.optional(),
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
  'engines.trustHostKey': call({
    summary:
      'Trusts the ssh host key an ssh:// engine presented when it was refused as unknown (named by the SHA256 fingerprint the user was shown), writes it to Berth’s own known_hosts, and connects again. A changed or revoked key is never replaced this way.',
    input: z
      .object({
        host: z.string().min(1).max(255),
        port: z.number().int().min(1).max(65535),
        fingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, issueWords.fingerprint),
      })
      .strict(),
    output: Ok,
  }),
} as const;
