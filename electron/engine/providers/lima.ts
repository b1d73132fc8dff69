import os from 'node:os';
import path from 'node:path';
import { BerthError } from '../../../shared/contract/errors.js';
import { followFile, lastLines } from '../../util/follow-file.js';
import { runCommand, type CommandRunner } from './command.js';
import { ProviderBase } from './provider-base.js';
import type { EngineProvider, MachineResources } from './provider.js';

/** One line of `limactl list --json` (newline-delimited JSON, one instance per line). */
interface LimaInstance {
  name: string;
  status: string;
  dir: string;
  cpus?: number;
  memory?: number;
  disk?: number;
}

const GiB = 1024 ** 3;

/** `time="…" level=info msg="[hostagent] Waiting for the essential requirement 1 of 2: \"ssh\""` → the message. */
export function limaProgress(line: string): string | null {
  const match = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line);
  if (!match) return null;
  const message = match[1]!.replace(/\\"/g, '"').replace(/^\[hostagent\] /, '');
  if (/^(Using|Attempting|Not forwarding|Forwarding|\[guest agent\])/.test(message)) return null; // chatter
  return message;
}

export function parseLimaList(stdout: string): LimaInstance[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as LimaInstance);
}

/**
 * macOS: a Lima VM made from Lima's docker template, whose docker.sock Lima forwards to the host
 * (<instance dir>/sock/docker.sock). Berth drives `limactl` and never touches the VM otherwise.
 */
export class LimaProvider extends ProviderBase implements EngineProvider {
  readonly kind = 'lima' as const;
  startedByBerth = false;
  private instance: LimaInstance | null = null;
  private wanted: MachineResources;

  constructor(
    private readonly options: { name?: string; resources: MachineResources; run?: CommandRunner; limaHome?: string },
  ) {
    super();
    this.wanted = options.resources;
  }

  private get name() {
    return this.options.name ?? 'berth';
  }

  private get run() {
    return this.options.run ?? runCommand;
  }

  private dir(): string {
    return this.instance?.dir ?? path.join(this.options.limaHome ?? path.join(os.homedir(), '.lima'), this.name);
  }

  socketUrl(): string {
    return `unix://${path.join(this.dir(), 'sock', 'docker.sock')}`;
  }

  async unavailableReason(): Promise<string | null> {
    const result = await this.run('limactl', ['--version']).catch((error: Error) => ({ code: -1, stdout: Buffer.alloc(0), stderr: error.message }));
    return result.code === 0 ? null : 'Lima is not installed: `brew install lima`.';
  }

  async refresh(): Promise<void> {
    this.instance = await this.find();
    this.apply({ type: 'observed', running: this.instance?.status === 'Running' });
  }

  async start(): Promise<void> {
    await this.lifecycle({ type: 'start' }, async (progress) => {
      this.instance = await this.find();
      const onStderrLine = (line: string) => {
        const step = limaProgress(line);
        if (step) progress(step);
      };
      const args = this.instance
        ? ['start', '--tty=false', this.name]
        : [
            'start', '--tty=false', `--name=${this.name}`,
            `--cpus=${this.wanted.cpus}`, `--memory=${this.wanted.memoryGiB}`, `--disk=${this.wanted.diskGiB}`,
            'template://docker',
          ];
      progress(this.instance ? 'Starting the VM' : 'Creating the VM (the first start downloads its image)');
      const result = await this.run('limactl', args, { onStderrLine });
      if (result.code !== 0) throw new Error(`limactl start failed: ${lastMessage(result.stderr)}`);
      this.instance = await this.find();
      if (this.instance?.status !== 'Running') throw new Error(`the VM is ${this.instance?.status ?? 'missing'} after starting`);
      this.startedByBerth = true;
    }, { type: 'started' });
  }

  async stop(): Promise<void> {
    await this.lifecycle({ type: 'stop' }, async (progress) => {
      const result = await this.run('limactl', ['stop', this.name], {
        onStderrLine: (line) => {
          const step = limaProgress(line);
          if (step) progress(step);
        },
      });
      if (result.code !== 0) throw new Error(`limactl stop failed: ${lastMessage(result.stderr)}`);
      this.startedByBerth = false;
    }, { type: 'stopped' });
  }

  resources(): MachineResources | null {
    if (!this.instance) return null;
    return {
      cpus: this.instance.cpus ?? this.wanted.cpus,
      memoryGiB: Math.round((this.instance.memory ?? this.wanted.memoryGiB * GiB) / GiB),
      diskGiB: Math.round((this.instance.disk ?? this.wanted.diskGiB * GiB) / GiB),
    };
  }

  /** Lima applies new sizes at the next start (`limactl edit`); the disk can only grow. */
  setResources(next: MachineResources): string[] {
    const current = this.resources() ?? this.wanted;
    this.wanted = next;
    const reasons: string[] = [];
    if (next.cpus !== current.cpus) reasons.push(`CPUs ${current.cpus} → ${next.cpus}: applied when the VM restarts`);
    if (next.memoryGiB !== current.memoryGiB) reasons.push(`memory ${current.memoryGiB} GiB → ${next.memoryGiB} GiB: applied when the VM restarts`);
    if (next.diskGiB < current.diskGiB) throw new BerthError('INVALID_INPUT', 'A Lima disk can grow but not shrink.');
    if (next.diskGiB !== current.diskGiB) reasons.push(`disk ${current.diskGiB} GiB → ${next.diskGiB} GiB: applied when the VM restarts`);
    return reasons;
  }

  followLog(onLines: (lines: string[]) => void, signal: AbortSignal): Promise<void> {
    return followFile(path.join(this.dir(), 'ha.stderr.log'), 200, onLines, signal);
  }

  protected lastLogLines(): Promise<string[]> {
    return lastLines(path.join(this.dir(), 'ha.stderr.log'), 20);
  }

  private async find(): Promise<LimaInstance | null> {
    const result = await this.run('limactl', ['list', '--json']);
    if (result.code !== 0) throw new Error(`limactl list failed: ${lastMessage(result.stderr)}`);
    return parseLimaList(result.stdout.toString('utf8')).find((i) => i.name === this.name) ?? null;
  }
}

function lastMessage(stderr: string): string {
  const lines = stderr.trim().split('\n');
  for (const line of lines.reverse()) {
    const message = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line)?.[1];
    if (message) return message.replace(/\\"/g, '"');
  }
  return lines[0] ?? 'no output';
}
