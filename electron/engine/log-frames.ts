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
