import type { MessagePort } from '../../../shared/client';
import type { ServerMessage } from '../../../shared/protocol';
import { createStore, type Store } from '../lib/store';
import type { CarrierState } from './carrier-state';

interface WebSocketCarrier {
  port: MessagePort;
  state: Store<CarrierState>;
  /** Called when the socket goes away: every request in flight on it is lost and must be failed. */
  onDrop(listener: () => void): void;
  /** Skips the backoff wait (the "Reconnect now" button). */
  retryNow(): void;
}

interface WebSocketCarrierOptions {
  url: string;
  /** Reconnect delays in ms; the last one repeats. */
  backoffMs?: readonly number[];
  /**
   * Whether the server that served this page still answers HTTP. A browser hides the status of a refused
   * WebSocket upgrade (401 looks like any network failure), so a failed upgrade while the server is up is
   * taken to mean "not accepted" rather than "not there".
   */
  serverAnswers?(): Promise<boolean>;
}

const defaultBackoff = [250, 500, 1000, 2000, 4000, 8000] as const;

/**
 * The web shell's carrier: one WebSocket, JSON text frames, one message per frame (shared/protocol.ts).
 * Messages sent while it is (re)connecting wait in a queue and go out when it opens; when it drops, the
 * queue is discarded and `onDrop` listeners fail what was in flight, then it reconnects with backoff.
 */
export function createWebSocketCarrier(options: WebSocketCarrierOptions): WebSocketCarrier {
  const backoff = options.backoffMs ?? defaultBackoff;
  const serverAnswers = options.serverAnswers ?? pageServerAnswers;
  const state = createStore<CarrierState>({ status: 'connecting', opens: 0 });
  const dropListeners = new Set<() => void>();
  let receive: (message: ServerMessage) => void = () => {};
  let socket: WebSocket | null = null;
  let queue: string[] = [];
  let attempt = 0;
  let opens = 0;
  /** Upgrades turned away in a row while the server answered HTTP. */
  let turnedAway = 0;
  /** Between a close and the decision what it meant. */
  let checking = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function connect(): void {
    retryTimer = undefined;
    state.set({ status: 'connecting', opens });
    const ws = new WebSocket(options.url);
    socket = ws;
    let opened = false;
    ws.onopen = () => {
      opened = true;
      attempt = 0;
      turnedAway = 0;
      opens++;
      const waiting = queue;
      queue = [];
      for (const frame of waiting) ws.send(frame);
      state.set({ status: 'open', opens });
    };
    ws.onmessage = (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return;
      let message: ServerMessage;
      try {
        message = JSON.parse(event.data) as ServerMessage;
      } catch {
        return; // not a frame of the protocol
      }
      receive(message);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      queue = [];
      for (const listener of [...dropListeners]) listener();
      void afterClose(opened);
    };
  }

  async function afterClose(wasOpen: boolean): Promise<void> {
    checking = true;
    const answers = !wasOpen && (await serverAnswers());
    checking = false;
    if (answers) {
      // Three times in a row, a moment apart: a server that is coming up may answer HTTP before it takes
      // WebSockets, and one that is shutting down still answers on a kept-alive connection while it refuses them.
      turnedAway++;
      if (turnedAway >= 3) {
        state.set({ status: 'refused', opens });
        return;
      }
      const delay = backoff[Math.min(turnedAway, backoff.length - 1)] ?? 1000;
      state.set({ status: 'lost', opens, retryAt: Date.now() + delay });
      retryTimer = setTimeout(connect, delay);
      return;
    }
    turnedAway = 0;
    const delay = backoff[Math.min(attempt, backoff.length - 1)] ?? 5000;
    attempt++;
    state.set({ status: 'lost', opens, retryAt: Date.now() + delay });
    retryTimer = setTimeout(connect, delay);
  }

  const port: MessagePort = {
    send(message) {
      const frame = JSON.stringify(message);
      if (socket?.readyState === WebSocket.OPEN) socket.send(frame);
      else queue.push(frame);
    },
    onMessage(receiver) {
      receive = receiver;
    },
  };

  connect();

  return {
    port,
    state,
    onDrop(listener) {
      dropListeners.add(listener);
    },
    retryNow() {
      if (socket || checking) return; // already connecting, open, or about to decide
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      attempt = 0;
      turnedAway = 0;
      connect();
    },
  };
}

async function pageServerAnswers(): Promise<boolean> {
  try {
    const response = await fetch(window.location.pathname, { method: 'HEAD', cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}
