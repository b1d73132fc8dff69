import type { Readable } from 'node:stream';
import type { EventOf } from '../../../shared/contract/index.js';
import type { EngineConnection } from '../../engine/connection.js';
import { demultiplexer, lineSplitter, type OutputStream } from '../../engine/log-frames.js';
import type { HandlerGroup } from '../../ipc/router.js';

type LogLine = EventOf<'containers.logs'>['lines'][number];

/** Lines are sent at most this often, and in batches of at most this many, so a chatty container cannot flood the UI. */
const FLUSH_MS = 50;
const MAX_BATCH = 5000;

export function logsHandler(connection: EngineConnection): HandlerGroup<'containers.logs'> {
  return {
    async 'containers.logs'({ id, follow, tail, since, timestamps }, emit, signal) {
      const container = await connection.request(`Reading logs of ${id}`, async (docker) => {
        const c = docker.getContainer(id);
        return { handle: c, tty: ((await c.inspect()).Config?.Tty ?? false) as boolean };
      });
      // The engine takes tail=all or a number; dockerode's types only know the number.
      const options = { follow, stdout: true, stderr: true, tail, timestamps, ...(since ? { since } : {}) };
      const output: unknown = await connection.request(`Reading logs of ${id}`, () =>
        container.handle.logs(options as unknown as { follow: true }),
      );

      let batch: LogLine[] = [];
      const flush = () => {
        if (batch.length) emit({ lines: batch });
        batch = [];
      };
      const timer = setInterval(flush, FLUSH_MS);
      const toLine = (stream: OutputStream) => (text: string) => {
        if (timestamps) {
          const space = text.indexOf(' ');
          batch.push({ stream, time: text.slice(0, space), text: text.slice(space + 1) });
        } else batch.push({ stream, text });
        if (batch.length >= MAX_BATCH) flush();
      };
      const splitters = { stdout: lineSplitter(toLine('stdout')), stderr: lineSplitter(toLine('stderr')) };
      // A TTY container's output is raw bytes (stderr merged into stdout); otherwise it is multiplexed.
      const feed = container.tty ? (chunk: Buffer) => splitters.stdout.push(chunk) : demultiplexer((s, payload) => splitters[s].push(payload));

      try {
        if (Buffer.isBuffer(output)) feed(output);
        else await pump(output as Readable, feed, signal);
      } finally {
        clearInterval(timer);
        splitters.stdout.flush();
        splitters.stderr.flush();
        if (!signal.aborted) flush();
      }
    },
  };
}

/** Feeds a stream's chunks until it ends or the signal aborts (which destroys the stream). */
function pump(stream: Readable, feed: (chunk: Buffer) => void, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      stream.destroy();
      resolve();
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    stream.on('data', feed);
    stream.once('end', () => resolve());
    stream.once('close', () => resolve());
    stream.once('error', (error) => (signal.aborted ? resolve() : reject(error)));
  });
}
