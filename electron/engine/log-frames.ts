import { StringDecoder } from 'node:string_decoder';

/**
 * The engine multiplexes a non-TTY container's stdout and stderr into frames: an 8-byte header (stream type,
 * three zero bytes, big-endian payload length) and the payload. A chunk may end anywhere, even mid-header.
 */
export type OutputStream = 'stdout' | 'stderr';

export function demultiplexer(onFrame: (stream: OutputStream, payload: Buffer) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length >= 8) {
      const size = pending.readUInt32BE(4);
      if (pending.length < 8 + size) break;
      onFrame(pending[0] === 2 ? 'stderr' : 'stdout', pending.subarray(8, 8 + size));
      pending = pending.subarray(8 + size);
    }
  };
}

/** Splits a byte stream into lines, keeping a partial last line until its newline arrives (or `flush`). */
export function lineSplitter(onLine: (line: string) => void): { push(data: Buffer): void; flush(): void } {
  let tail = '';
  // Keeps the bytes of a character cut in two by a chunk boundary until the rest arrives.
  const decoder = new StringDecoder('utf8');
  return {
    push(data) {
      const text = tail + decoder.write(data);
      const lines = text.split('\n');
      tail = lines.pop() ?? '';
      for (const line of lines) onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    },
    flush() {
      tail += decoder.end();
      if (tail) onLine(tail);
      tail = '';
    },
  };
}
