import Docker from 'dockerode';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Endpoint } from '../../shared/contract/engine.js';
import { BerthError } from '../../shared/contract/errors.js';
import type { EngineConfig } from '../../shared/contract/settings.js';
import { dockerOptionsFor } from './docker-options.js';
import type { HostKeys } from './ssh/host-keys.js';

/**
 * The dockerode client for an endpoint, with what a saved engine adds: TLS certificates for tcp://, a key
 * for ssh:// (otherwise the ssh agent, then ~/.ssh's default keys, as the ssh command would try them),
 * and for ssh:// the server's host key checked against known_hosts.
 */
export function createDockerClient(endpoint: Endpoint, saved: EngineConfig | undefined, hostKeys: HostKeys): Docker {
  const options = dockerOptionsFor(endpoint.url) as Docker.DockerOptions & { sshOptions?: Record<string, unknown> };
  if (saved?.tls) {
    Object.assign(options, {
      protocol: 'https',
      ca: readRequired(saved.tls.caPath, 'CA certificate'),
      cert: readRequired(saved.tls.certPath, 'client certificate'),
      key: readRequired(saved.tls.keyPath, 'client key'),
    });
  }
  if (options.protocol === 'ssh') {
    const keyPath = saved?.sshKeyPath ?? defaultSshKey();
    options.sshOptions = {
      ...(keyPath ? { privateKey: readRequired(keyPath, 'ssh key') } : {}),
      ...(process.env.SSH_AUTH_SOCK ? { agent: process.env.SSH_AUTH_SOCK } : {}),
      hostVerifier: hostKeys.verifier(String(options.host), Number(options.port ?? 22)),
      readyTimeout: 15_000,
    };
  }
  return new Docker(options);
}

function readRequired(file: string, what: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new BerthError('INVALID_INPUT', `The ${what} ${file} cannot be read: ${(error as Error).message}`);
  }
}

function defaultSshKey(): string | undefined {
  return ['id_ed25519', 'id_ecdsa', 'id_rsa'].map((name) => path.join(os.homedir(), '.ssh', name)).find((file) => fs.existsSync(file));
}
