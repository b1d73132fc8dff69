import { execFile } from 'node:child_process';
import path from 'node:path';
import type { ComposeTool } from '../../../shared/contract/compose.js';
import { BerthError } from '../../../shared/contract/errors.js';

/** A tool that answered its version probe: what compose.files.run and hashes need. */
export type FoundComposeTool = ComposeTool & { flavour: 'v1' | 'v2' };

/** Runs `program args` and resolves with its trimmed stdout, or rejects (missing program, non-zero exit, timeout). */
export type VersionProbe = (program: string, args: string[]) => Promise<string>;

const PROBE_TIMEOUT_MS = 15_000;

const probeVersion: VersionProbe = (program, args) =>
  new Promise((resolve, reject) => {
    execFile(program, args, { timeout: PROBE_TIMEOUT_MS, maxBuffer: 64 * 1024, windowsHide: true }, (error, stdout) =>
      error ? reject(error) : resolve(stdout.trim()),
    );
  });

/**
 * Finds the compose tool: the one set in Settings, else the `docker compose` plugin, else `docker-compose` on
 * PATH. Each answer is kept for the process's life per setting value (probing runs a program, which takes
 * a noticeable moment for the Python v1); a failed look is tried again next time, so installing the tool
 * while Berth runs is enough.
 */
export class ComposeToolFinder {
  private readonly found = new Map<string, Promise<ComposeTool>>();

  constructor(
    private readonly setting: () => string | null,
    private readonly probe: VersionProbe = probeVersion,
  ) {}

  find(): Promise<ComposeTool> {
    const configured = this.setting();
    const key = configured ?? '';
    const known = this.found.get(key);
    if (known) return known;
    const looking = (configured ? this.configured(configured) : this.onPath()).then((tool) => {
      if (!tool.flavour) this.found.delete(key);
      return tool;
    });
    this.found.set(key, looking);
    return looking;
  }

  /** The tool, or NOT_FOUND (details.reason 'compose-tool-missing') saying how to get one. */
  async require(): Promise<FoundComposeTool> {
    const tool = await this.find();
    if (tool.flavour) return tool as FoundComposeTool;
    const configured = tool.source === 'setting' ? tool.command[0] : null;
    throw new BerthError(
      'NOT_FOUND',
      configured
        ? `The compose tool set in Settings (${configured}) could not be run. Correct its path in Settings, or clear it to use the one on PATH.`
        : 'No compose tool was found: neither `docker compose` nor `docker-compose` runs here. Install one (on Debian or Ubuntu: `apt install docker-compose`, or the docker-compose-plugin package from Docker) or set its path in Settings.',
      { reason: 'compose-tool-missing', ...(configured ? { configured } : {}) },
    );
  }

  /** A path to `docker` means its compose plugin; anything else is a compose program itself (v1, or v2 standalone). */
  private async configured(program: string): Promise<ComposeTool> {
    const isDocker = /^docker(\.exe)?$/i.test(path.basename(program));
    const command = isDocker ? [program, 'compose'] : [program];
    return (await this.tryTool(command, 'setting')) ?? { flavour: null, command, version: null, source: 'setting' };
  }

  private async onPath(): Promise<ComposeTool> {
    return (
      (await this.tryTool(['docker', 'compose'], 'path')) ??
      (await this.tryTool(['docker-compose'], 'path')) ?? { flavour: null, command: [], version: null, source: null }
    );
  }

  private async tryTool(command: string[], source: 'setting' | 'path'): Promise<FoundComposeTool | null> {
    const [program, ...rest] = command;
    if (!program) return null;
    let version: string;
    try {
      version = await this.probe(program, [...rest, 'version', '--short']);
    } catch {
      return null;
    }
    // v2 prints "2.24.6" or "v2.24.6"; v1 "1.29.2". The version, not the program's name, tells them apart: a
    // docker-compose on PATH may be v2's standalone build.
    const match = /^v?(\d+)\.\d+/.exec(version);
    if (!match) return null;
    return { flavour: match[1] === '1' ? 'v1' : 'v2', command, version: version.replace(/^v/, ''), source };
  }
}
