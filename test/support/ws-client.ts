import WebSocket from 'ws';
import { createClient, type BerthClient } from '../../shared/client.js';
import { BerthError } from '../../shared/contract/errors.js';
import type { ServerMessage } from '../../shared/protocol.js';

/** The typed client over the web shell's WebSocket, as a script (or the bench) would use it from Node. */
export async function connectWs(port: number, token: string): Promise<BerthClient & { close(): void; socket: WebSocket }> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/api?token=${encodeURIComponent(token)}`);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const client = createClient({
    send: (message) => socket.send(JSON.stringify(message)),
    onMessage: (receive) => socket.on('message', (data) => receive(JSON.parse(data.toString()) as ServerMessage)),
  });
  socket.on('close', () => client.failAll(new BerthError('ENGINE_UNAVAILABLE', 'connection closed')));
  return { ...client, socket, close: () => socket.close() };
}
