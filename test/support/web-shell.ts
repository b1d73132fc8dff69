import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { engineUrl } from './env.js';

export interface RunningWebShell {
  url: string;
  port: number;
  token: string;
  process: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far (its logs, for secret scans). */
  output(): string;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..', '..');

export interface WebShellOptions {
  /** The engine given with --engine (default: the test engine); null: none, so saved engines and detection apply. */
  engine?: string | null;
  /** The process's working folder (the fuzz suite gives it one it watches). */
  cwd?: string;
}

/**
 * Starts the built web shell (`npm run build` first) as its own process, pointed at the test engine; `env`
 * adds to (or overrides) this process's environment, e.g. DOCKER_CONFIG and BERTH_DATA_DIR.
 */
export async function startWebShellProcess(extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}, options: WebShellOptions = {}): Promise<RunningWebShell> {
  const engine = options.engine === undefined ? engineUrl() : options.engine;
  const child = spawn(process.execPath, [path.join(root, 'dist/electron/web.cjs'), ...(engine ? ['--engine', engine] : []), ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: options.cwd,
    env: { ...process.env, BERTH_WEB_TOKEN: '', ...env },
  });
  let stderr = '';
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    output += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web shell did not start: ${stderr}`)), 15000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Berth web shell: (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`web shell exited (${code}): ${stderr}`)));
  });
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
  return {
    url,
    port: Number(parsed.port),
    token,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
