import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Core } from '../../electron/core.js';
import type { ComposeFileProject, ComposeRunEvent } from '../../shared/contract/compose.js';
import type { InputOf } from '../../shared/contract/index.js';
import { startCore } from './core.js';
import { docker, engineUrl, uniqueName } from './env.js';

const run = promisify(execFile);

type RunInput = InputOf<'compose.files.run'>;

export interface ComposeTester {
  core: Core;
  /** A new folder (its name, lower case, is the project's name) holding the given files; removed by `dispose`. */
  folder(prefix: string, files: Record<string, string>): string;
  /** Opens a file or folder through the router, remembering the project for `dispose`'s `down -v`. */
  open(target: string): Promise<ComposeFileProject>;
  /**
   * compose.files.run to its end: every event, or the stream's error carrying the events so far (`events`).
   * `onEvent` sees each one as it comes (to cancel at the right moment).
   */
  run(
    project: ComposeFileProject,
    action: RunInput['action'],
    input?: Partial<Omit<RunInput, 'id' | 'action'>>,
    options?: { signal?: AbortSignal; onEvent?(event: ComposeRunEvent): void },
  ): Promise<ComposeRunEvent[]>;
  /** The docker-compose CLI itself on the project, against the test engine (setup, cleanup, comparisons). */
  cli(project: Pick<ComposeFileProject, 'name' | 'dir' | 'files'>, ...args: string[]): Promise<string>;
  /** Brings down every project opened (volumes and built images too), even after a failure; removes the folders. */
  dispose(): Promise<void>;
}

/** The real core against the test engine, for compose projects opened from files. */
export async function startCompose(): Promise<ComposeTester> {
  const core = await startCore();
  const folders: string[] = [];
  const projects: ComposeFileProject[] = [];
  const cli: ComposeTester['cli'] = async (project, ...args) => {
    const fileArgs = project.files.flatMap((file) => ['--file', file]);
    const { stdout } = await run('docker-compose', ['--project-name', project.name, '--project-directory', project.dir, ...fileArgs, ...args], {
      env: { ...process.env, DOCKER_HOST: engineUrl() },
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout.trim();
  };
  return {
    core,
    folder(prefix, files) {
      const dir = path.join(os.tmpdir(), uniqueName(prefix));
      fs.mkdirSync(dir);
      folders.push(dir);
      for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
      return dir;
    },
    async open(target) {
      const project = await core.caller.call('compose.files.open', { path: target });
      projects.push(project);
      return project;
    },
    async run(project, action, input = {}, { signal = new AbortController().signal, onEvent } = {}) {
      const events: ComposeRunEvent[] = [];
      try {
        await core.caller.stream(
          'compose.files.run',
          { id: project.id, action, services: [], options: {}, ...input },
          (event) => {
            events.push(event);
            onEvent?.(event);
          },
          signal,
        );
      } catch (error) {
        Object.assign(error as object, { events });
        throw error;
      }
      return events;
    },
    cli,
    async dispose() {
      // Newest first: a later project may use what an earlier one built (an exported file names its image).
      for (const project of [...projects].reverse()) {
        await cli(project, 'down', '--volumes', '--rmi', 'local', '--remove-orphans').catch((error: unknown) => console.error(`cleanup of ${project.name}:`, error));
      }
      core.dispose();
      for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `docker inspect` of containers, volumes or networks, parsed. */
export async function inspect<T = InspectedContainer>(...args: string[]): Promise<T[]> {
  return JSON.parse(await docker('inspect', ...args)) as T[];
}

/** The parts of a container's inspect data the compose tests compare. */
export interface InspectedContainer {
  Id: string;
  Name: string;
  State: { Status: string; Running: boolean; Paused: boolean; StartedAt: string; FinishedAt: string };
  Config: { Image: string; Cmd: string[] | null; Entrypoint: string[] | null; Env: string[]; Labels: Record<string, string> };
  HostConfig: { PortBindings: Record<string, { HostIp: string; HostPort: string }[]>; RestartPolicy: { Name: string; MaximumRetryCount: number } };
  Mounts: { Type: string; Name?: string; Source: string; Destination: string; RW: boolean }[];
  NetworkSettings: { Networks: Record<string, unknown> };
}

/** The project's containers of one service, as the engine has them. */
export async function serviceContainers(project: string, service: string): Promise<InspectedContainer[]> {
  const ids = await docker('ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`, '--filter', `label=com.docker.compose.service=${service}`);
  return ids ? inspect(...ids.split('\n')) : [];
}

/** Processes whose command line mentions `text` (a compose run of a project names it), by pid. */
export function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').some((arg) => arg.includes(text))) found.push(Number(entry));
    } catch {
      // Gone while looking.
    }
  }
  return found;
}
