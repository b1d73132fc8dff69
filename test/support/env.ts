import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What scripts/test-env.sh started, read from the env.json it wrote. */
export interface TestEnv {
  root: string;
  /** An sshd on loopback whose sessions reach the test engine (DOCKER_HOST set there), for ssh:// engines. */
  ssh: {
    host: string;
    port: number;
    user: string;
    privateKey: string;
    /** A known_hosts file holding the sshd's host key, as a user who trusted it before has one. */
    knownHosts: string;
    /** The sshd's public host key. */
    hostKey: string;
  };
  /** A `pass` store with a throwaway GPG key, and a docker config (to copy) whose credsStore is pass. */
  credentials: { gnupgHome: string; passwordStoreDir: string; dockerConfigTemplate: string };
  socket: string;
  /** A second engine, a single-node swarm manager (its own dockerd), for what only a swarm has. */
  swarmSocket: string;
  registry: string;
  registryUser: string;
  registryPassword: string;
  image: string;
  script: string;
  /** A second registry with token auth (same user and password), and the issuer its 401 challenge names. */
  tokenRegistry: string;
  tokenIssuer: string;
  tokenService: string;
  /** Podman's Docker-compatible API service (rootful, its own storage), the second engine every suite runs on. */
  podmanSocket: string;
  /** An sshd like `ssh` whose sessions reach Podman's service. */
  podmanSsh: TestEnv['ssh'];
}

/** The engine this run's suites drive: `BERTH_TEST_ENGINE` (docker, the default, or podman); scripts/test.mjs sets it. */
export type TestEngine = 'docker' | 'podman';

export function testEngine(): TestEngine {
  const name = process.env.BERTH_TEST_ENGINE ?? 'docker';
  if (name !== 'docker' && name !== 'podman') throw new Error(`BERTH_TEST_ENGINE is ${name}: docker or podman`);
  return name;
}

/** True when the suites run against Podman: for an expectation that differs there, written with its reason. */
export function onPodman(): boolean {
  return testEngine() === 'podman';
}

/**
 * A container's environment without what the engine sets by itself per container: Podman writes HOSTNAME (the
 * container's own short id) into Config.Env, Docker does not. Two containers of one spec then differ only there.
 */
export function ownEnv(container: { Config: { Env?: string[] | null; Hostname?: string } }): string[] {
  return (container.Config.Env ?? []).filter((entry) => entry !== `HOSTNAME=${container.Config.Hostname}`).sort();
}

/** The name the engine lists a locally built image under: Podman names it `localhost/<name>`, Docker `<name>`. */
export function localImageName(name: string): string {
  return onPodman() ? `localhost/${name}` : name;
}

let cached: TestEnv | undefined;

export function testEnv(): TestEnv {
  if (cached) return cached;
  const file = process.env.BERTH_TEST_ENV ?? '/tmp/berth-test/env.json';
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run test:env\` (npm test does it for you) to start the test engine.`);
  }
  const written = JSON.parse(fs.readFileSync(file, 'utf8')) as TestEnv;
  // Every test reaches "the test engine" through `socket`: on a Podman run it is Podman's.
  cached = onPodman() ? { ...written, socket: written.podmanSocket, ssh: written.podmanSsh } : written;
  return cached;
}

export function engineUrl(): string {
  return `unix://${testEnv().socket}`;
}

export function swarmEngineUrl(): string {
  return `unix://${testEnv().swarmSocket}`;
}

/** The docker CLI against the test engine; resolves with trimmed stdout, rejects with stderr in the message. */
export function docker(...args: string[]): Promise<string> {
  return dockerOn(engineUrl(), ...args);
}

/** The docker CLI against the engine at `host` (e.g. swarmEngineUrl()); its standard output. */
export async function dockerOn(host: string, ...args: string[]): Promise<string> {
  return (await dockerBoth(host, ...args)).stdout;
}

/** The docker CLI's standard output and error, both (`docker logs` gives a container's stderr on stderr). */
export async function dockerBoth(host: string, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('docker', args, {
      env: { ...process.env, DOCKER_HOST: host },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout: stdout.trim(), stderr: stderr.trim() };
  } catch (error) {
    const failure = error as { stderr?: string; message: string };
    throw new Error(`docker ${args.join(' ')} failed: ${failure.stderr?.trim() || failure.message}`, { cause: error });
  }
}

/** Stops and restarts the test engine, for "the engine went away" tests. */
export async function stopEngine(): Promise<void> {
  await envScript('stop-engine');
}

export async function startEngine(): Promise<void> {
  await envScript('start-engine');
}

async function envScript(command: string): Promise<void> {
  const { root, script } = testEnv();
  await run('bash', [script, command], { env: { ...process.env, BERTH_TEST_DIR: root, BERTH_TEST_ENGINE: testEngine() } });
}

/** A name unique to this test run, so tests never touch what they did not make. */
export function uniqueName(prefix: string): string {
  return `berth-test-${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Removes every container whose name starts with the given prefix (cleanup after a test). */
export async function removeContainersNamed(prefix: string): Promise<void> {
  const ids = await docker('ps', '-aq', '--filter', `name=^${prefix}`);
  if (ids) await docker('rm', '-f', '-v', ...ids.split('\n'));
}

/** Polls until `check` returns a truthy value; for waiting on the engine or the UI, never for timing. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  what: string | (() => string),
  timeoutMs = 15000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}${last ? `: ${String(last)}` : ''}`);
}

/** A free loopback port, found by letting the kernel pick one. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
