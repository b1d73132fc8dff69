import { randomBytes } from 'node:crypto';
import net from 'node:net';

/**
 * Raw bytes to the web shell, below any client library: HTTP requests whose paths a browser or `http.request`
 * would clean up, and WebSocket frames that no well-behaved client writes (the fuzz suite and the boundary
 * tests use these to play a hostile peer).
 */

/** Sends one HTTP/1.1 request with `target` exactly as given and resolves with the status code (0: no answer). */
export function rawHttpStatus(port: number, target: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`, 'latin1');
  });
}

export interface FrameSpec {
  opcode: number;
  payload?: Buffer;
  fin?: boolean;
  rsv1?: boolean;
  /** Client frames must be masked; false writes an unmasked one. */
  masked?: boolean;
  /** The payload length the header claims, when it differs from the bytes sent (a huge frame's header alone). */
  claimedLength?: number;
}

export function frame(spec: FrameSpec): Buffer {
  const payload = spec.payload ?? Buffer.alloc(0);
  const length = spec.claimedLength ?? payload.length;
  const masked = spec.masked ?? true;
  const head = [((spec.fin ?? true) ? 0x80 : 0) | (spec.rsv1 ? 0x40 : 0) | spec.opcode];
  const maskBit = masked ? 0x80 : 0;
  let extended = Buffer.alloc(0);
  if (length < 126) head.push(maskBit | length);
  else if (length < 65536) {
    head.push(maskBit | 126);
    extended = Buffer.alloc(2);
    extended.writeUInt16BE(length);
  } else {
    head.push(maskBit | 127);
    extended = Buffer.alloc(8);
    extended.writeBigUInt64BE(BigInt(length));
  }
  if (!masked) return Buffer.concat([Buffer.from(head), extended, payload]);
  const key = randomBytes(4);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i]! ^= key[i % 4]!;
  return Buffer.concat([Buffer.from(head), extended, key, body]);
}

export const textFrame = (text: string) => frame({ opcode: 0x1, payload: Buffer.from(text) });

/** The server's side of a raw connection: the frames it sent, and how it closed. */
export interface RawSocket {
  write(bytes: Buffer): void;
  /** Text frames received so far, parsed as JSON. */
  messages: unknown[];
  /** Resolves with the close code the server sent (null: it closed without a close frame). */
  closed: Promise<number | null>;
  destroy(): void;
}

/** Completes a real WebSocket upgrade at /api over a plain TCP socket. */
export function rawWebSocket(port: number, token: string): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const messages: unknown[] = [];
    let closeCode: number | null = null;
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    const closed = new Promise<number | null>((done) => socket.on('close', () => done(closeCode)));
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString('latin1');
        if (!head.startsWith('HTTP/1.1 101')) {
          reject(new Error(`upgrade refused: ${head.split('\r\n')[0]}`));
          socket.destroy();
          return;
        }
        upgraded = true;
        buffer = buffer.subarray(end + 4);
        resolve({ write: (bytes) => socket.write(bytes), messages, closed, destroy: () => socket.destroy() });
      }
      // Server frames are unmasked; these tests only need their opcode, length and payload.
      for (;;) {
        if (buffer.length < 2) return;
        let length = buffer[1]! & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buffer.length < 4) return;
          length = buffer.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buffer.length < 10) return;
          length = Number(buffer.readBigUInt64BE(2));
          offset = 10;
        }
        if (buffer.length < offset + length) return;
        const opcode = buffer[0]! & 0x0f;
        const payload = buffer.subarray(offset, offset + length);
        buffer = buffer.subarray(offset + length);
        if (opcode === 0x1) messages.push(JSON.parse(payload.toString()));
        if (opcode === 0x8) closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : null;
      }
    });
    socket.write(
      `GET /api?token=${encodeURIComponent(token)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
  });
}
