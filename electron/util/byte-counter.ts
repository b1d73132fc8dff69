import { Transform } from 'node:stream';

/**
 * A pass-through that counts the bytes going by and reports the running total: on the first chunk, then at
 * most every `everyMs`, and once more at the end, so that a progress bar moves without flooding the UI.
 */
export function byteCounter(report: (bytes: number) => void, everyMs = 200): { stream: Transform; total(): number } {
  let total = 0;
  let last = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      const now = Date.now();
      if (now - last >= everyMs) {
        last = now;
        report(total);
      }
      done(null, chunk);
    },
    flush(done) {
      report(total);
      done();
    },
  });
  return { stream, total: () => total };
}
