import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The parts of ~/.docker/config.json that concern registry logins. */
export interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [other: string]: unknown;
}

export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
}

export function readDockerConfig(dir: string): DockerConfigFile {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as DockerConfigFile;
  } catch {
    return {};
  }
}

/**
 * Writes config.json the way the docker CLI does: the whole file at once (temp file + rename), keeping every
 * field Berth does not know about, with the same owner-only mode.
 */
export function writeDockerConfig(dir: string, config: DockerConfigFile): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, 'config.json');
  const temp = `${file}.berth-${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(config, null, '\t')}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** Docker Hub is stored under its historical v1 URL; every other registry under its host[:port]. */
export const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

export function configKeyFor(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io' ? DOCKER_HUB_KEY : registry;
}

/** The registry host a config key names ("https://index.docker.io/v1/" → docker.io, "https://r:5000" → r:5000). */
export function registryOfKey(key: string): string {
  if (key === DOCKER_HUB_KEY) return 'docker.io';
  return key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}
