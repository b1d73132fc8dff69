import fs from 'node:fs';
import path from 'node:path';
import type { EngineStatus } from '../../../shared/contract/engine.js';
import { BerthError } from '../../../shared/contract/errors.js';
import type { EngineConfig } from '../../../shared/contract/settings.js';

/** What the child inherits besides the engine: plain output, and no prompts (nobody can answer them). */
const PLAIN_OUTPUT = {
  COMPOSE_INTERACTIVE_NO_CLI: '1',
  NO_COLOR: '1',
  COMPOSE_ANSI: 'never',
  COMPOSE_PROGRESS: 'plain',
  BUILDKIT_PROGRESS: 'plain',
} as const;

/** The variables by which the docker CLI and compose pick an engine: replaced by the one Berth uses. */
const ENGINE_VARIABLES = ['DOCKER_HOST', 'DOCKER_CONTEXT', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_TLS'] as const;

/**
 * The compose tool's environment: Berth's own, pointed at the engine Berth is connected to, so that what a
 * compose command does lands where the UI looks (a remote engine included). The TLS variables of Berth's own
 * environment are kept only when the engine came from DOCKER_HOST, the one case where they belong to it.
 */
export function composeEnvironment(status: EngineStatus, savedEngines: readonly EngineConfig[], base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (status.state !== 'connected') {
    throw new BerthError(
      'ENGINE_UNAVAILABLE',
      status.state === 'unavailable' ? `The engine is unavailable: ${status.reason}` : 'Berth is not connected to an engine yet.',
    );
  }
  const { endpoint } = status;
  const env: NodeJS.ProcessEnv = { ...base, ...PLAIN_OUTPUT };
  for (const name of ENGINE_VARIABLES) {
    if (endpoint.source !== 'DOCKER_HOST' || name === 'DOCKER_CONTEXT' || name === 'DOCKER_HOST') delete env[name];
  }
  const saved = endpoint.engineId ? savedEngines.find((engine) => engine.id === endpoint.engineId) : undefined;
  // The CLI and compose know tcp://; Berth also accepts http(s):// for the same thing.
  env.DOCKER_HOST = endpoint.url.replace(/^https?:\/\//, 'tcp://');
  if (saved?.tls) {
    env.DOCKER_TLS_VERIFY = '1';
    env.DOCKER_CERT_PATH = certFolder(saved.tls);
  } else if (endpoint.url.startsWith('https://')) {
    env.DOCKER_TLS = '1';
  }
  return env;
}

/**
 * Compose reads TLS material only as DOCKER_CERT_PATH, a folder holding ca.pem, cert.pem and key.pem; a saved
 * engine's three files can be passed on only when they are exactly that.
 */
function certFolder(tls: NonNullable<EngineConfig['tls']>): string {
  const files = { 'ca.pem': tls.caPath, 'cert.pem': tls.certPath, 'key.pem': tls.keyPath };
  const folders = new Set(Object.values(files).map((file) => path.dirname(path.resolve(file))));
  const misnamed = Object.entries(files).filter(([name, file]) => path.basename(file) !== name);
  if (folders.size !== 1 || misnamed.length > 0) {
    throw new BerthError(
      'INVALID_INPUT',
      `The compose tool reads an engine's TLS certificates only from one folder holding ca.pem, cert.pem and key.pem, and this engine's are ${Object.values(files).join(', ')}. Put them in one folder with those names and point the saved engine at them.`,
      { reason: 'compose-tls-layout' },
    );
  }
  const [folder] = folders;
  const missing = Object.entries(files).filter(([, file]) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new BerthError('INVALID_INPUT', `The engine's TLS file ${missing.map(([, file]) => file).join(', ')} does not exist.`, { reason: 'compose-tls-missing' });
  }
  return folder as string;
}
