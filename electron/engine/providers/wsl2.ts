import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { followFile, lastLines } from '../../util/follow-file.js';
import { runCommand, type CommandRunner } from './command.js';
import { ProviderBase } from './provider-base.js';
import type { EngineProvider, MachineResources } from './provider.js';

export interface WslDistro {
  name: string;
  state: string;
  version: number;
  isDefault: boolean;
}

/** wsl.exe writes UTF-16LE (with or without a BOM) when its output is not a console. */
export function decodeWslOutput(bytes: Buffer): string {
  const utf16 = bytes.length >= 2 && (bytes[1] === 0 || (bytes[0] === 0xff && bytes[1] === 0xfe));
  return (utf16 ? bytes.toString('utf16le') : bytes.toString('utf8')).replace(/^\uFEFF/, '').replace(/\r/g, '');
}

/** `wsl.exe -l -v`: a header, then `* NAME STATE VERSION` rows (the star marks the default). */
export function parseWslList(text: string): WslDistro[] {
  return text
    .split('\n')
    .slice(1)
    .map((line) => /^\s*(\*)?\s*(\S+)\s+(\S+)\s+(\d+)\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[2]!, state: match[3]!, version: Number(match[4]), isDefault: match[1] === '*' }));
}

/**
 * Windows: dockerd inside a WSL2 distribution (one with Docker Engine installed — Berth's own "berth" distro
 * or the user's choice), reached on a loopback TCP port that WSL2 forwards to Windows.
 */
export class Wsl2Provider extends ProviderBase implements EngineProvider {
  readonly kind = 'wsl2' as const;
  startedByBerth = false;
  private readonly logFile: string;

  constructor(
    private readonly options: { distro?: string; port?: number; dataDir: string; run?: CommandRunner; wslConfigPath?: string },
  ) {
    super();
    this.logFile = path.join(options.dataDir, 'wsl-dockerd.log');
  }

  private get distro() {
    return this.options.distro ?? 'berth';
  }

  private get run() {
    return this.options.run ?? runCommand;
  }

  socketUrl(): string {
    return `tcp://127.0.0.1:${this.options.port ?? 23750}`;
  }

  async unavailableReason(): Promise<string | null> {
    const result = await this.run('wsl.exe', ['--status']).catch(() => null);
    if (!result || result.code !== 0) return 'WSL is not installed: run `wsl --install` as administrator.';
    const distro = (await this.list()).find((d) => d.name === this.distro);
    if (!distro) return `The WSL distribution “${this.distro}” does not exist: create it, or choose another in settings.`;
    if (distro.version !== 2) return `“${this.distro}” runs under WSL 1; Docker needs WSL 2 (wsl --set-version ${this.distro} 2).`;
    return null;
  }

  async refresh(): Promise<void> {
    const distro = (await this.list()).find((d) => d.name === this.distro);
    const running = distro?.state === 'Running' && (await this.dockerdRunning());
    this.apply({ type: 'observed', running });
  }

  async start(): Promise<void> {
    await this.lifecycle({ type: 'start' }, async (progress) => {
      progress(`Starting the WSL distribution “${this.distro}”`);
      await this.wsl(['-d', this.distro, '-u', 'root', '--', 'true'], 'start the distribution');
      if (!(await this.dockerdRunning())) {
        progress('Starting dockerd');
        const port = this.options.port ?? 23750;
        // Detached inside the distro; its output goes to a log Berth can show.
        await this.wsl(
          ['-d', this.distro, '-u', 'root', '--', 'sh', '-c',
            `nohup dockerd -H unix:///var/run/docker.sock -H tcp://127.0.0.1:${port} > /var/log/berth-dockerd.log 2>&1 &`],
          'start dockerd',
        );
      }
      progress('Waiting for the engine to answer');
      for (let attempt = 0; attempt < 60; attempt++) {
        if (await this.dockerdRunning()) break;
        if (attempt === 59) throw new Error('dockerd did not answer in time');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await this.copyLog();
      this.startedByBerth = true;
    }, { type: 'started' });
  }

  async stop(): Promise<void> {
    await this.lifecycle({ type: 'stop' }, async (progress) => {
      await this.copyLog();
      progress(`Stopping “${this.distro}”`);
      await this.wsl(['--terminate', this.distro], 'stop the distribution');
      this.startedByBerth = false;
    }, { type: 'stopped' });
  }

  /** WSL2's sizes are global (.wslconfig) and take effect after `wsl --shutdown`. */
  setResources(next: MachineResources): string[] {
    const file = this.options.wslConfigPath ?? path.join(os.homedir(), '.wslconfig');
    const current = readWslConfig(file);
    const reasons: string[] = [];
    if (current.processors !== next.cpus) reasons.push(`CPUs → ${next.cpus}: every WSL distribution restarts (wsl --shutdown)`);
    if (current.memory !== `${next.memoryGiB}GB`) reasons.push(`memory → ${next.memoryGiB} GB: every WSL distribution restarts (wsl --shutdown)`);
    writeWslConfig(file, { processors: next.cpus, memory: `${next.memoryGiB}GB` });
    return reasons;
  }

  followLog(onLines: (lines: string[]) => void, signal: AbortSignal): Promise<void> {
    return followFile(this.logFile, 200, onLines, signal);
  }

  protected lastLogLines(): Promise<string[]> {
    return lastLines(this.logFile, 20);
  }

  private async list(): Promise<WslDistro[]> {
    const result = await this.run('wsl.exe', ['-l', '-v']);
    return result.code === 0 ? parseWslList(decodeWslOutput(result.stdout)) : [];
  }

  private async dockerdRunning(): Promise<boolean> {
    const result = await this.run('wsl.exe', ['-d', this.distro, '-u', 'root', '--', 'docker', '-H', 'unix:///var/run/docker.sock', 'version', '--format', '{{.Server.Version}}']).catch(() => null);
    return result?.code === 0 && decodeWslOutput(result.stdout).trim().length > 0;
  }

  private async copyLog(): Promise<void> {
    const result = await this.run('wsl.exe', ['-d', this.distro, '-u', 'root', '--', 'tail', '-n', '500', '/var/log/berth-dockerd.log']).catch(() => null);
    if (result?.code === 0) {
      fs.mkdirSync(path.dirname(this.logFile), { recursive: true });
      fs.writeFileSync(this.logFile, decodeWslOutput(result.stdout));
    }
  }

  private async wsl(args: string[], what: string): Promise<void> {
    const result = await this.run('wsl.exe', args);
    if (result.code !== 0) {
      const words = decodeWslOutput(Buffer.from(result.stderr, 'utf8')).trim() || decodeWslOutput(result.stdout).trim();
      throw new Error(`Could not ${what}: ${words || `wsl.exe exited with ${result.code}`}`);
    }
  }
}

/** The [wsl2] section of .wslconfig (an INI file). */
function readWslConfig(file: string): { processors?: number; memory?: string } {
  if (!fs.existsSync(file)) return {};
  const text = fs.readFileSync(file, 'utf8');
  const section = /\[wsl2\]([^[]*)/i.exec(text)?.[1] ?? '';
  const value = (key: string) => new RegExp(`^\\s*${key}\\s*=\\s*(\\S+)`, 'im').exec(section)?.[1];
  const processors = value('processors');
  const memory = value('memory');
  return { ...(processors ? { processors: Number(processors) } : {}), ...(memory ? { memory } : {}) };
}

function writeWslConfig(file: string, values: { processors: number; memory: string }): void {
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const lines = [`processors=${values.processors}`, `memory=${values.memory}`];
  if (!/\[wsl2\]/i.test(text)) text = `${text.trimEnd()}\n[wsl2]\n`.trimStart();
  text = text.replace(/\[wsl2\]([^[]*)/i, (_m, body: string) => {
    const kept = body.split('\n').filter((line) => line.trim() && !/^\s*(processors|memory)\s*=/i.test(line));
    return `[wsl2]\n${[...kept, ...lines].join('\n')}\n`;
  });
  fs.writeFileSync(file, text);
}
