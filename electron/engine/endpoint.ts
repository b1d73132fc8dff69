import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Endpoint } from '../../shared/contract/engine.js';
import { endpointText } from '../../shared/contract/endpoint-words.js';

/** What endpoint resolution reads from the machine; injected so the order can be tested as plain data. */
export interface EndpointEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homeDir: string;
  /** Berth's own setting, when the user chose an engine. */
  setting?: string | null;
  readFile(file: string): string | undefined;
  exists(file: string): boolean;
}

/**
 * Where the engine is, in the order the docker CLI users expect plus the usual sockets:
 * Berth's setting → DOCKER_HOST → the current docker context → default sockets (Docker's, then Podman's).
 * Returns null when nothing is found.
 */
export function resolveEndpoint(envi: EndpointEnvironment): Endpoint | null {
  if (envi.setting) return { url: envi.setting, source: 'setting', detail: endpointText('setting') };

  const dockerHost = envi.env.DOCKER_HOST?.trim();
  if (dockerHost) return { url: dockerHost, source: 'DOCKER_HOST', detail: endpointText('dockerHost') };

  const context = currentContextEndpoint(envi);
  if (context) return context;

  for (const candidate of defaultSockets(envi)) {
    if (candidate.check(envi)) return candidate.endpoint;
  }
  return null;
}

function dockerConfigDir(envi: EndpointEnvironment): string {
  return envi.env.DOCKER_CONFIG || path.join(envi.homeDir, '.docker');
}

/** The docker CLI stores a context's metadata under contexts/meta/<sha256 of its name>/meta.json. */
function currentContextEndpoint(envi: EndpointEnvironment): Endpoint | null {
  const configDir = dockerConfigDir(envi);
  let name = envi.env.DOCKER_CONTEXT?.trim();
  if (!name) {
    const raw = envi.readFile(path.join(configDir, 'config.json'));
    if (raw) {
      try {
        const config = JSON.parse(raw) as { currentContext?: unknown };
        if (typeof config.currentContext === 'string') name = config.currentContext;
      } catch {
        // A broken config.json is the docker CLI's problem to report; Berth falls through to the sockets.
      }
    }
  }
  if (!name || name === 'default') return null;
  const digest = createHash('sha256').update(name).digest('hex');
  const raw = envi.readFile(path.join(configDir, 'contexts', 'meta', digest, 'meta.json'));
  if (!raw) return null;
  try {
    const meta = JSON.parse(raw) as { Endpoints?: { docker?: { Host?: unknown } } };
    const host = meta.Endpoints?.docker?.Host;
    if (typeof host === 'string' && host) {
      return { url: host, source: 'context', detail: endpointText('context', { name }) };
    }
  } catch {
    // Same as above: an unreadable context is skipped.
  }
  return null;
}

interface SocketCandidate {
  endpoint: Endpoint;
  check(envi: EndpointEnvironment): boolean;
}

function socket(file: string, source: 'default-socket' | 'podman-socket', detail: string): SocketCandidate {
  return { endpoint: { url: `unix://${file}`, source, detail }, check: (envi) => envi.exists(file) };
}

function pipe(name: string, source: 'default-socket' | 'podman-socket', detail: string): SocketCandidate {
  const file = `//./pipe/${name}`;
  return { endpoint: { url: `npipe://${file}`, source, detail }, check: (envi) => envi.exists(`\\\\.\\pipe\\${name}`) };
}

/** The default sockets whose file exists, in resolution order: where an engine may answer (a stat, no request). */
export function existingDefaultSockets(envi: EndpointEnvironment): Endpoint[] {
  return defaultSockets(envi)
    .filter((candidate) => candidate.check(envi))
    .map((candidate) => candidate.endpoint);
}

export function defaultSockets(envi: EndpointEnvironment): SocketCandidate[] {
  const home = envi.homeDir;
  if (envi.platform === 'win32') {
    return [
      pipe('docker_engine', 'default-socket', endpointText('dockerPipe')),
      pipe('podman-machine-default', 'podman-socket', endpointText('podmanPipe')),
    ];
  }
  const runtimeDir = envi.env.XDG_RUNTIME_DIR;
  const list: SocketCandidate[] = [socket('/var/run/docker.sock', 'default-socket', endpointText('systemDocker'))];
  if (runtimeDir) list.push(socket(path.join(runtimeDir, 'docker.sock'), 'default-socket', endpointText('rootlessDocker')));
  list.push(
    socket(path.join(home, '.docker', 'run', 'docker.sock'), 'default-socket', endpointText('dockerDesktop')),
    socket(path.join(home, '.colima', 'default', 'docker.sock'), 'default-socket', endpointText('colima')),
    socket(path.join(home, '.rd', 'docker.sock'), 'default-socket', endpointText('rancherDesktop')),
  );
  if (runtimeDir) list.push(socket(path.join(runtimeDir, 'podman', 'podman.sock'), 'podman-socket', endpointText('rootlessPodman')));
  list.push(socket('/run/podman/podman.sock', 'podman-socket', endpointText('systemPodman')));
  if (envi.platform === 'darwin') {
    list.push(
      socket(
        path.join(home, '.local', 'share', 'containers', 'podman', 'machine', 'podman.sock'),
        'podman-socket',
        endpointText('podmanMachine'),
      ),
    );
  }
  return list;
}
