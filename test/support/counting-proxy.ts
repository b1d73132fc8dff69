import fs from 'node:fs';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

export interface EngineRequest {
  at: number;
  method: string;
  path: string;
}

/**
 * A unix socket in front of the engine's that passes everything through and notes each request line, to count
 * the engine requests Berth makes (given to the web shell with --engine). Each HTTP request line is one request,
 * so a long-lived GET /events counts once, when it opens.
 */
export function countingProxy(listenPath: string, enginePath: string): Promise<{ requests: EngineRequest[]; close(): void }> {
  const requests: EngineRequest[] = [];
  const requestLine = /(?:^|\r\n)(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (\S+) HTTP\/1\.[01]\r\n/g;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const engine = net.connect(enginePath);
    sockets.add(client).add(engine);
    let tail = '';
    client.on('data', (chunk: Buffer) => {
      // Request lines are ASCII at the start of a request; keep a little of the previous chunk in case one is split.
      const text = tail + chunk.toString('latin1');
      requestLine.lastIndex = 0;
      let lastEnd = 0;
      for (let match = requestLine.exec(text); match; match = requestLine.exec(text)) {
        requests.push({ at: performance.now(), method: match[1]!, path: match[2]! });
        lastEnd = requestLine.lastIndex;
      }
      tail = text.slice(Math.max(lastEnd, text.length - 512));
    });
    client.pipe(engine).pipe(client);
    const close = () => {
      client.destroy();
      engine.destroy();
      sockets.delete(client);
      sockets.delete(engine);
    };
    client.on('error', close).on('close', close);
    engine.on('error', close).on('close', close);
  });
  fs.rmSync(listenPath, { force: true });
  return new Promise((resolve) =>
    server.listen(listenPath, () =>
      resolve({
        requests,
        close() {
          for (const socket of sockets) socket.destroy();
          server.close();
          fs.rmSync(listenPath, { force: true });
        },
      }),
    ),
  );
}
