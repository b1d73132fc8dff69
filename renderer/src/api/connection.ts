import { createClient, fromBridge, type BerthClient, type BridgedClient } from '../../../shared/client';
import { BerthError } from '../../../shared/contract/errors';
import type { ServerMessage } from '../../../shared/protocol';
import { createStore, type Store } from '../lib/store';
import type { CarrierState } from './carrier-state';
import { connectionLostError } from './errors';
import { withReopeningStreams } from './reopening-client';
import { takeWebToken } from './token';
import { createWebSocketCarrier } from './websocket-carrier';

declare global {
  interface Window {
    /** Electron's preload puts the typed client here; the web shell has none. */
    berth?: BridgedClient;
  }
}

/** The renderer's way to main, whichever shell it runs in. */
export interface BerthConnection {
  client: BerthClient;
  carrier: Store<CarrierState>;
  retryNow(): void;
}

export function connectToBerth(): BerthConnection {
  if (window.berth) {
    // Electron: IPC to our own main process cannot drop while this page lives.
    return { client: fromBridge(window.berth), carrier: createStore<CarrierState>({ status: 'open', opens: 1 }), retryNow() {} };
  }
  const token = takeWebToken();
  if (!token) {
    return { client: refusingClient(), carrier: createStore<CarrierState>({ status: 'no-token', opens: 0 }), retryNow() {} };
  }
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const carrier = createWebSocketCarrier({
    url: `${scheme}://${window.location.host}/api?token=${encodeURIComponent(token)}`,
  });
  const client = createClient(carrier.port);
  carrier.onDrop(() => client.failAll(connectionLostError()));
  return { client: withReopeningStreams(client), carrier: carrier.state, retryNow: carrier.retryNow };
}

/**
 * Stands in when there is no token (the app shows the access problem instead of calling anything): a
 * client whose every request is answered UNAUTHORIZED.
 */
function refusingClient(): BerthClient {
  let receive: (message: ServerMessage) => void = () => {};
  const error = new BerthError('UNAUTHORIZED', 'This page has no access token.').toJSON();
  return createClient({
    send(message) {
      if ('op' in message) queueMicrotask(() => receive({ id: message.id, error }));
    },
    onMessage(receiver) {
      receive = receiver;
    },
  });
}
