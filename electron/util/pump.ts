import type { Readable } from 'node:stream';

/** Feeds a stream's chunks until it ends, or until the signal aborts (which destroys the stream). */
export function pumpStream(stream: Readable, feed: (chunk: Buffer) => void, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      stream.destroy();
      resolve();
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    const finish = (error?: Error) => {
      signal.removeEventListener('abort', abort);
      if (error && !signal.aborted) reject(error);
      else resolve();
    };
    stream.on('data', (chunk: Buffer) => {
      try {
        feed(chunk);
      } catch (error) {
        stream.destroy();
        finish(error as Error);
      }
    });
    stream.once('end', () => finish());
    stream.once('close', () => finish());
    stream.once('error', finish);
  });
}
