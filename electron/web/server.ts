import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Router } from '../ipc/router.js';
import { MAX_FRAME_BYTES } from '../../shared/protocol.js';
import { Session } from '../ipc/session.js';
import { MemoryReclaimer } from '../util/memory-reclaim.js';
import { parseRequestTarget } from '../util/url-path.js';
import { serveStatic } from './static-files.js';

export interface WebShellOptions {
  router: Router;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  /** Tests pass a known token; otherwise a random one is made for this run. */
  token?: string;
  log?(message: string): void;
}

export interface WebShell {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** A stream that cannot keep up is cut rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/**
 * The web shell: the renderer over HTTP on loopback, the contract over a WebSocket at /api. A request must
 * carry the run's token, and its Host (and Origin, when a browser sends one) must be this server, which keeps
 * out other local users without the token and web pages that try DNS rebinding or cross-site WebSockets.
 */
export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = http.createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const sockets = new Set<WebSocket>();
  const log = options.log ?? (() => {});
  // A burst of frames (a script, a fuzzer, a big upload) leaves the process at its high-water mark until a
  // collection runs, which an idle process never does by itself.
  const reclaimer = new MemoryReclaimer();
  // Every emitter a peer can make fail gets a listener: an unhandled 'error' event would end the process.
  wss.on('error', (error) => log(`web shell: WebSocket server error: ${error.message}`));
  server.on('clientError', (error, socket) => {
    log(`web shell: bad HTTP request: ${error.message}`);
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));

  server.on('request', (req, res) => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('Wrong host.\n');
      return;
    }
    serveStatic(options.rendererDir, req, res);
  });

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', (error) => log(`web shell: connection error: ${error.message}`));
    const refusal = checkUpgrade(req, token, allowedHosts, allowedOrigins);
    if (refusal) {
      log(`web shell refused a connection: ${refusal.reason}`);
      socket.end(`HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      // Counted on the socket, below ws: frames refused for their framing or size cost memory too.
      socket.on('data', (chunk: Buffer) => reclaimer.traffic(chunk.length));
      // A malformed frame (bad UTF-8, unmasked, reserved bits or opcodes, oversized) surfaces here; ws has
      // already started closing this one connection with the matching code (1002, 1007, 1009).
      ws.on('error', (error) => log(`web shell closed a connection: ${error.message}`));
      const session = new Session(options.router, (message) => {
        if (ws.readyState !== ws.OPEN) return;
        if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
          ws.close(1013, 'client too slow');
          return;
        }
        const text = JSON.stringify(message);
        reclaimer.traffic(text.length);
        ws.send(text);
      });
      ws.on('message', (data, isBinary) => {
        if (isBinary) {
          session.refuse('Binary frames are not part of the protocol: send each message as JSON in a text frame.');
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(data.toString());
        } catch {
          session.refuse('The message is not JSON.');
          return;
        }
        session.receive(parsed);
      });
      ws.on('close', () => {
        sockets.delete(ws);
        session.close();
      });
    });
  });

  return {
    url: `http://${HOST}:${port}/#token=${token}`,
    port,
    token,
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      reclaimer.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Kept-alive connections too: a shell that has stopped must not go on answering a page's requests over
      // them (the page would read that as "the server is up but refuses my token").
      server.closeAllConnections();
      await closed;
    },
  };
}

interface Refusal {
  status: number;
  reason: string;
}

function checkUpgrade(
  req: http.IncomingMessage,
  token: string,
  allowedHosts: Set<string>,
  allowedOrigins: Set<string>,
): Refusal | null {
  const url = parseRequestTarget(req.url);
  if (url?.pathname !== '/api') return { status: 404, reason: 'Not Found' };
  if (!allowedHosts.has(req.headers.host ?? '')) return { status: 403, reason: 'Forbidden Host' };
  const origin = req.headers.origin;
  // Browsers always send Origin on a WebSocket; scripts (curl, websocat, Node) may not, and rely on the token.
  if (origin !== undefined && !allowedOrigins.has(origin)) return { status: 403, reason: 'Forbidden Origin' };
  const given = url.searchParams.get('token');
  if (!given) return { status: 401, reason: 'Token Required' };
  if (!sameSecret(given, token)) return { status: 401, reason: 'Wrong Token' };
  return null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
