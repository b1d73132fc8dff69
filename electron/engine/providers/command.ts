import { spawn } from 'node:child_process';
import { lineSplitter } from '../../util/lines.js';

export interface CommandResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * How providers run their tools (limactl, wsl.exe): injected, so tests can answer with recorded outputs.
 * `onStderrLine` sees progress as the tool prints it.
 */
export type CommandRunner = (
  program: string,
  args: string[],
  options?: { onStderrLine?: (line: string) => void; signal?: AbortSignal },
) => Promise<CommandResult>;

export const runCommand: CommandRunner = (program, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const stderrLines = lineSplitter((line) => options.onStderrLine?.(line));
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk);
      stderrLines.push(chunk);
    });
    child.once('error', (error) => reject((error as NodeJS.ErrnoException).code === 'ENOENT' ? new Error(`${program} is not installed`) : error));
    child.once('close', (code) => {
      stderrLines.flush();
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
