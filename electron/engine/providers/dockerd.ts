import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { BerthError } from '../../../shared/contract/errors.js';
import { followFile, lastLines } from '../../util/follow-file.js';
import { ProviderBase } from './provider-base.js';
import type { EngineProvider } from './provider.js';

export interface DockerdOptions {
  /** Where the engine keeps images, containers and volumes (Berth's own, never the system's /var/lib/docker). */
  dataRoot: string;
  /** Runtime state and the socket; kept short, for the 108-byte limit on unix socket paths. */
  runDir: string;
  dockerdPath?: string;
  /** More dockerd flags (e.g. --bridge=none where another engine owns docker0). */
  extraArgs?: string[];
  /** How long to wait for the socket to answer. */
  startTimeoutMs?: number;
}

/** Linux: Berth's own dockerd, with its own data root and socket, started detached so it can outlive Berth. */
export class DockerdProvider extends ProviderBase implements EngineProvider {
  readonly kind = 'dockerd' as const;
  startedByBerth = false;
  private readonly socket: string;
  private readonly pidFile: string;
  readonly logFile: string;

  constructor(private readonly options: DockerdOptions) {
    super();
    this.socket = path.join(options.runDir, 'docker.sock');
    this.pidFile = path.join(options.runDir, 'dockerd.pid');
    this.logFile = path.join(options.dataRoot, 'dockerd.log');
  }

  socketUrl(): string {
    return `unix://${this.socket}`;
  }

  async unavailableReason(): Promise<string | null> {
    if (process.platform !== 'linux') return 'Berth runs its own dockerd on Linux only.';
    if (!this.dockerd()) return 'dockerd is not installed (install Docker Engine, e.g. the docker.io package).';
    if (process.getuid?.() !== 0) return 'dockerd needs root: run Berth as root, or start Docker with your system’s service manager.';
    return null;
  }

  async refresh(): Promise<void> {
    const running = this.pid() !== null && (await this.ping());
    this.apply({ type: 'observed', running });
  }

  async start(): Promise<void> {
    const reason = await this.unavailableReason();
    if (reason) throw new BerthError('CONFLICT', reason);
    await this.lifecycle({ type: 'start' }, async (progress) => {
      if (this.pid() !== null && (await this.ping())) return; // already up (started by an earlier Berth)
      fs.mkdirSync(this.options.dataRoot, { recursive: true, mode: 0o700 });
      fs.mkdirSync(this.options.runDir, { recursive: true, mode: 0o700 });
      fs.rmSync(this.socket, { force: true });
      progress('Starting dockerd');
      const log = fs.openSync(this.logFile, 'a');
      const child = spawn(
        this.dockerd()!,
        [
          '--data-root', path.join(this.options.dataRoot, 'data'),
          '--exec-root', path.join(this.options.runDir, 'exec'),
          '--pidfile', this.pidFile,
          '--host', this.socketUrl(),
          ...(this.options.extraArgs ?? []),
        ],
        { detached: true, stdio: ['ignore', log, log] },
      );
      fs.closeSync(log);
      child.unref();
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      progress('Waiting for the engine to answer');
      const deadline = Date.now() + (this.options.startTimeoutMs ?? 60_000);
      for (;;) {
        if (await this.ping()) break;
        const code = await Promise.race([exited, delay(250).then(() => undefined)]);
        if (code !== undefined) throw new Error(`dockerd exited with code ${code} while starting`);
        if (Date.now() > deadline) throw new Error('dockerd did not answer in time');
      }
      this.startedByBerth = true;
    }, { type: 'started' });
  }

  async stop(): Promise<void> {
    await this.lifecycle({ type: 'stop' }, async (progress) => {
      const pid = this.pid();
      if (pid === null) return;
      progress('Stopping dockerd (containers are stopped first)');
      process.kill(pid, 'SIGTERM');
      const deadline = Date.now() + 60_000;
      while (alive(pid)) {
        if (Date.now() > deadline) {
          progress('dockerd did not stop in time: killing it');
          process.kill(pid, 'SIGKILL');
        }
        await delay(200);
      }
      this.startedByBerth = false;
    }, { type: 'stopped' });
  }

  followLog(onLines: (lines: string[]) => void, signal: AbortSignal): Promise<void> {
    return followFile(this.logFile, 200, onLines, signal);
  }

  protected lastLogLines(): Promise<string[]> {
    return lastLines(this.logFile, 20);
  }

  private dockerd(): string | null {
    if (this.options.dockerdPath) return fs.existsSync(this.options.dockerdPath) ? this.options.dockerdPath : null;
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      const candidate = path.join(dir, 'dockerd');
      if (dir && fs.existsSync(candidate)) return candidate;
    }
    return null;
  }

  private pid(): number | null {
    try {
      const pid = Number(fs.readFileSync(this.pidFile, 'utf8').trim());
      return pid > 0 && alive(pid) ? pid : null;
    } catch {
      return null;
    }
  }

  private ping(): Promise<boolean> {
    return new Promise((resolve) => {
      const req = http.get({ socketPath: this.socket, path: '/_ping', timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
      req.on('timeout', () => {
        req.destroy();
        resolve(false);
      });
    });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
