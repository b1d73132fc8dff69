import { spawn } from 'node:child_process';
import { BerthError, cancelledError, type ErrorCode } from '../../../shared/contract/errors.js';
import { Batcher } from '../../util/batcher.js';
import { lineSplitter } from '../../util/lines.js';

export interface ToolLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ToolRunOptions {
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /** The tool's output, in batches (a chatty build sends a few large frames, not one per line). */
  onOutput?(lines: ToolLine[]): void;
  /** Keep stdout's lines and resolve with them (a command whose output is its answer, like `config --hash`). */
  keepStdout?: boolean;
}

/** Output is handed on at most this often, in batches of at most this many lines. */
const FLUSH_MS = 50;
const MAX_BATCH = 1000;
/** Longer lines are cut into pieces of this size; memory stays bounded whatever the tool prints. */
const MAX_LINE = 8192;
/** What a failure keeps of stderr for its details (the UI shows it), and of stdout for `keepStdout`. */
const STDERR_TAIL = 40;
const MAX_KEPT_STDOUT = 2000;
/** After SIGINT the tool gets this long to stop by itself, then SIGTERM, then as long again before SIGKILL. */
const GRACE_MS = 5000;

// Colour and cursor codes: the tool is asked for plain output, but programs it starts may not listen.
// eslint-disable-next-line no-control-regex
const terminalCodes = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][A-Z0-9]/g;

/**
 * Runs the compose tool once: argv as given (no shell, so what the UI shows is exactly what runs), its output
 * split into lines. Resolves when it exits 0; a non-zero exit fails with the tool's own words (see
 * `toolFailure`). Cancelling interrupts it as Ctrl+C would, escalating to SIGTERM and SIGKILL when it does not
 * stop, and fails CANCELLED only once it and what it started have gone.
 */
export function runTool(argv: readonly string[], { env, signal, onOutput, keepStdout = false }: ToolRunOptions): Promise<string[]> {
  const [program, ...args] = argv;
  if (!program) return Promise.reject(new BerthError('INTERNAL', 'No compose command to run.'));
  if (signal.aborted) return Promise.reject(cancelledError(`\`${argv.join(' ')}\``));
  return new Promise((resolve, reject) => {
    // Its own process group (POSIX), so that a cancel reaches what the tool started too (a `docker build`).
    const group = process.platform !== 'win32';
    const child = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: group, windowsHide: true });
    const batcher = new Batcher<ToolLine>((lines) => onOutput?.(lines), FLUSH_MS, MAX_BATCH);
    const stderrTail: string[] = [];
    const stdoutKept: string[] = [];
    const splitter = (stream: ToolLine['stream']) =>
      lineSplitter(
        (raw) => {
          const text = raw.replace(terminalCodes, '');
          if (stream === 'stderr') {
            stderrTail.push(text);
            if (stderrTail.length > STDERR_TAIL) stderrTail.shift();
          } else if (keepStdout && stdoutKept.length < MAX_KEPT_STDOUT) {
            stdoutKept.push(text);
          }
          if (onOutput) batcher.push({ stream, text });
        },
        { maxLength: MAX_LINE },
      );
    const lines = { stdout: splitter('stdout'), stderr: splitter('stderr') };
    child.stdout.on('data', (chunk: Buffer) => lines.stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => lines.stderr.push(chunk));

    const sendSignal = (name: NodeJS.Signals) => {
      try {
        if (group && child.pid) process.kill(-child.pid, name);
        else child.kill(name);
      } catch {
        // ESRCH: already gone.
      }
    };
    const timers: NodeJS.Timeout[] = [];
    const interrupt = () => {
      sendSignal('SIGINT');
      timers.push(setTimeout(() => sendSignal('SIGTERM'), GRACE_MS));
      timers.push(setTimeout(() => sendSignal('SIGKILL'), 2 * GRACE_MS));
    };
    signal.addEventListener('abort', interrupt, { once: true });

    let spawnError: NodeJS.ErrnoException | null = null;
    child.once('error', (error) => {
      spawnError = error;
    });
    child.once('exit', () => {
      // What the tool started and left running when it was cancelled is part of the cancelled job.
      if (signal.aborted) sendSignal('SIGKILL');
    });
    child.once('close', (code, killedBy) => {
      signal.removeEventListener('abort', interrupt);
      for (const timer of timers) clearTimeout(timer);
      lines.stdout.flush();
      lines.stderr.flush();
      batcher.close();
      if (signal.aborted) return reject(cancelledError(`\`${argv.join(' ')}\``));
      if (spawnError) {
        return reject(
          spawnError.code === 'ENOENT'
            ? new BerthError('NOT_FOUND', `The compose tool ${program} is not installed (any more).`, { reason: 'compose-tool-missing' })
            : new BerthError('INTERNAL', `Could not run ${program}: ${spawnError.message}`),
        );
      }
      if (code === 0) return resolve(stdoutKept);
      reject(toolFailure(code ?? (killedBy ? 128 : 1), stderrTail, killedBy));
    });
  });
}

const portTaken = /port is already allocated|address already in use|ports are not available/i;

/** Lines compose prints after the real error, saying only that there was one. */
const generic = /^(ERROR:\s*)?(Encountered errors while bringing up the project\.?|Aborting\.?)$/i;

/** What the tool's words mean in the contract's codes, most specific first. */
const kinds: { code: ErrorCode; pattern: RegExp }[] = [
  { code: 'ENGINE_UNAVAILABLE', pattern: /cannot connect to the docker daemon|couldn'?t connect to docker daemon|is the docker daemon running/i },
  { code: 'UNAUTHORIZED', pattern: /unauthorized|authentication required|denied: requested access/i },
  { code: 'NOT_FOUND', pattern: /no such image|manifest unknown|manifest for .* not found|pull access denied|repository does not exist|no such service/i },
  { code: 'CONFLICT', pattern: /is already in use by container|conflict/i },
  { code: 'UNREACHABLE', pattern: /no such host|i\/o timeout|connection refused|network is unreachable|tls handshake timeout/i },
  // The project's own content: its files (schema, YAML, interpolation) or a Dockerfile step that fails.
  { code: 'INVALID_INPUT', pattern: /is invalid|invalid|unsupported|yaml|mapping values|failed to build|returned a non-zero code|failed to solve|no configuration file provided|can't find a suitable configuration file/i },
];

/**
 * A failed run in the contract's terms. The message is the tool's last line that says something (compose ends
 * with generic lines such as "Encountered errors while bringing up the project."), its code what that line
 * means (a port taken → CONFLICT, an image that does not exist → NOT_FOUND, a build that failed →
 * INVALID_INPUT…); a port taken said earlier still makes a CONFLICT naming it. The last lines of stderr go in
 * the details for the UI to show.
 */
export function toolFailure(exitCode: number, stderrTail: readonly string[], killedBy: NodeJS.Signals | null = null): BerthError {
  const meaningful = stderrTail.map((line) => line.trim()).filter((line) => line && !generic.test(line));
  const details = { reason: 'compose-failed', exitCode, stderr: stderrTail.join('\n') };
  const portLine = meaningful.findLast((line) => portTaken.test(line));
  if (portLine) return new BerthError('CONFLICT', withoutPrefix(portLine), { ...details, ...portOf(portLine) });
  const last = meaningful.at(-1);
  if (!last) {
    const why = killedBy ? `was stopped by ${killedBy}` : `exited with code ${exitCode} without saying why`;
    return new BerthError('INTERNAL', `The compose tool ${why}.`, details);
  }
  const code = kinds.find(({ pattern }) => pattern.test(last))?.code ?? 'INTERNAL';
  return new BerthError(code, withoutPrefix(last), details);
}

function withoutPrefix(line: string): string {
  return line.replace(/^ERROR:\s*/, '');
}

/** "Bind for 127.0.0.1:8080 failed", "listen tcp4 0.0.0.0:8080: bind": the port a CONFLICT names, when it does. */
function portOf(line: string): { port?: string } {
  const match = /(?:Bind for|listen \w+|bind) ((?:\[[^\]]*\]|[\d.]*|[\w:]*):(\d+))/i.exec(line) ?? /((?:\d{1,3}\.){3}\d{1,3}:(\d+))/.exec(line);
  return match ? { port: match[1] } : {};
}
