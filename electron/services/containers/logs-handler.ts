import type { Readable } from 'node:stream';
import type { EventOf } from '../../../shared/contract/index.js';
import type { EngineConnection } from '../../engine/connection.js';
import { demultiplexer, type OutputStream } from '../../engine/log-frames.js';
import { lineSplitter } from '../../util/lines.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { Batcher } from '../../util/batcher.js';
import { pumpStream } from '../../util/pump.js';

type LogLine = EventOf<'containers.logs'>['lines'][number];

/** Lines are sent at most this often, and in batches of at most this many, so a chatty container cannot flood the UI. */
const FLUSH_MS = 50;
const MAX_BATCH = 5000;

export interface LogOptions {
  follow: boolean;
  tail: number | 'all';
  since?: number;
  timestamps: boolean;
}

/**
 * Reads one container's log until it ends (or the signal aborts), line by line, stdout and stderr apart.
 * With `timestamps`, each line's engine timestamp is split off into `time`.
 */
export async function readLogs(
  connection: EngineConnection,
  id: string,
  { follow, tail, since, timestamps }: LogOptions,
  onLine: (stream: OutputStream, text: string, time: string | undefined) => void,
  signal: AbortSignal,
): Promise<void> {
  const container = await connection.request(`Reading logs of ${id}`, async (docker) => docker.getContainer(id));
  const tty = (await connection.request(`Reading logs of ${id}`, () => container.inspect())).Config?.Tty ?? false;
  // The engine takes tail=all or a number; dockerode's types only know the number.
  const options = { follow, stdout: true, stderr: true, tail, timestamps, ...(since ? { since } : {}) };
  const output: unknown = await connection.request(`Reading logs of ${id}`, () => container.logs(options as unknown as { follow: true }));

  const toLine = (stream: OutputStream) => (text: string) => {
    if (!timestamps) return onLine(stream, text, undefined);
    const space = text.indexOf(' ');
    onLine(stream, text.slice(space + 1), text.slice(0, space));
  };
  const splitters = { stdout: lineSplitter(toLine('stdout')), stderr: lineSplitter(toLine('stderr')) };
  // A TTY container's output is raw bytes (stderr merged into stdout); otherwise it is multiplexed.
  const feed = tty ? (chunk: Buffer) => splitters.stdout.push(chunk) : demultiplexer((s, payload) => splitters[s].push(payload));
  try {
    if (Buffer.isBuffer(output)) feed(output);
    else await pumpStream(output as Readable, feed, signal);
  } finally {
    splitters.stdout.flush();
    splitters.stderr.flush();
  }
}

export function logsHandler(connection: EngineConnection): HandlerGroup<'containers.logs'> {
  return {
    async 'containers.logs'({ id, ...options }, emit, signal) {
      const batcher = new Batcher<LogLine>((lines) => emit({ lines }), FLUSH_MS, MAX_BATCH);
      try {
        await readLogs(connection, id, options, (stream, text, time) => batcher.push(time === undefined ? { stream, text } : { stream, text, time }), signal);
      } finally {
        if (signal.aborted) batcher.dispose();
        else batcher.close();
      }
    },
  };
}
