import { BerthError, cancelledError, ErrorShape } from './contract/errors.js';
import type { CallName, DuplexName, EventOf, InputOf, OutputOf, SendOf, StreamName } from './contract/index.js';
import type { ClientMessage, ServerMessage } from './protocol.js';

/** What a carrier (IPC, WebSocket) must offer the client: send a message, deliver the replies. */
export interface MessagePort {
  send(message: ClientMessage): void;
  /** Registers the one receiver of server messages. */
  onMessage(receive: (message: ServerMessage) => void): void;
}

export interface StreamHandlers<E> {
  onEvent(event: E): void;
  /** Called once: without an error when the stream ended, with one when it failed or the carrier went away. */
  onEnd?(error?: BerthError): void;
}

/** An open duplex stream: messages go in while events come out. */
export interface DuplexHandle<S> {
  send(message: S): void;
  cancel(): void;
}

export interface CallOptions {
  /**
   * Cancels the call when it aborts (TanStack Query's `signal`, a closed dialog's): the server is sent a cancel
   * frame, which stops the handler, and the call rejects at once with a CANCELLED error named AbortError.
   */
  signal?: AbortSignal;
}

/** The typed client: every operation of the contract, called by name, checked by the compiler. */
export interface BerthClient {
  call<K extends CallName>(op: K, input: InputOf<K>, options?: CallOptions): Promise<OutputOf<K>>;
  /** Opens a stream; the returned function cancels it. */
  stream<K extends StreamName>(op: K, input: InputOf<K>, handlers: StreamHandlers<EventOf<K>>): () => void;
  /** Opens a duplex stream (a terminal): like `stream`, plus `send`. */
  open<K extends DuplexName>(op: K, input: InputOf<K>, handlers: StreamHandlers<EventOf<K>>): DuplexHandle<SendOf<K>>;
}

interface Pending {
  resolve?(value: unknown): void;
  reject?(error: BerthError): void;
  handlers?: StreamHandlers<unknown>;
}

/**
 * Multiplexes calls and streams over one message port. The port's own reconnects are its business; when it
 * drops, `failAll` ends every open request with ENGINE_UNAVAILABLE-like carrier errors.
 */
export function createClient(port: MessagePort): BerthClient & { failAll(error: BerthError): void } {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  port.onMessage((message) => {
    const entry = pending.get(message.id);
    if (!entry) return; // a frame for a request already cancelled or settled
    if ('event' in message) {
      entry.handlers?.onEvent(message.event);
      return;
    }
    pending.delete(message.id);
    if ('error' in message) {
      const error = toBerthError(message.error);
      if (entry.reject) entry.reject(error);
      else entry.handlers?.onEnd?.(error);
    } else if ('result' in message) {
      entry.resolve?.(message.result);
    } else {
      entry.handlers?.onEnd?.();
    }
  });

  function openStream(op: string, input: unknown, handlers: StreamHandlers<unknown>): DuplexHandle<unknown> {
    const id = nextId++;
    pending.set(id, { handlers });
    port.send({ id, op, input });
    return {
      send: (message) => {
        if (pending.has(id)) port.send({ id, send: message });
      },
      cancel: () => {
        if (!pending.delete(id)) return;
        port.send({ id, cancel: true });
      },
    };
  }

  return {
    call(op, input, { signal } = {}) {
      if (signal?.aborted) return Promise.reject(cancelledError(`"${op}"`));
      const id = nextId++;
      return new Promise<unknown>((resolve, reject) => {
        const cancel = () => {
          if (!pending.delete(id)) return;
          port.send({ id, cancel: true });
          reject(cancelledError(`"${op}"`));
        };
        const done = () => signal?.removeEventListener('abort', cancel);
        pending.set(id, {
          resolve: (value) => {
            done();
            resolve(value);
          },
          reject: (error) => {
            done();
            reject(error);
          },
        });
        signal?.addEventListener('abort', cancel, { once: true });
        port.send({ id, op, input });
      }) as Promise<never>;
    },
    stream(op, input, handlers) {
      return openStream(op, input, handlers as StreamHandlers<unknown>).cancel;
    },
    open(op, input, handlers) {
      return openStream(op, input, handlers as StreamHandlers<unknown>);
    },
    failAll(error) {
      const entries = [...pending.values()];
      pending.clear();
      for (const entry of entries) {
        if (entry.reject) entry.reject(error);
        else entry.handlers?.onEnd?.(error);
      }
    },
  };
}

function toBerthError(raw: unknown): BerthError {
  const parsed = ErrorShape.safeParse(raw);
  return parsed.success
    ? BerthError.from(parsed.data)
    : new BerthError('INTERNAL', 'The server sent an error Berth could not read.', raw);
}

/**
 * The client as Electron's preload exposes it. contextBridge copies plain data and proxies functions, but an
 * AbortSignal arrives on the other side as an empty object: a call's cancel crosses as a function instead,
 * which the preload hands the means to cancel.
 */
export interface BridgedClient extends Omit<BerthClient, 'call'> {
  call<K extends CallName>(op: K, input: InputOf<K>, onCancel?: (cancel: () => void) => void): Promise<OutputOf<K>>;
}

/** In the preload: the client in the form that crosses the bridge. */
export function toBridge(client: BerthClient): BridgedClient {
  return {
    call(op, input, onCancel) {
      if (!onCancel) return client.call(op, input);
      const controller = new AbortController();
      onCancel(() => controller.abort());
      return client.call(op, input, { signal: controller.signal });
    },
    stream: client.stream,
    open: client.open,
  };
}

/** In the page: the bridged client as a BerthClient again, its calls' signals passed over as functions. */
export function fromBridge(bridged: BridgedClient): BerthClient {
  return {
    call(op, input, { signal } = {}) {
      if (!signal) return bridged.call(op, input);
      return bridged.call(op, input, (cancel) => {
        if (signal.aborted) cancel();
        else signal.addEventListener('abort', cancel, { once: true });
      });
    },
    stream: (op, input, handlers) => bridged.stream(op, input, handlers),
    open: (op, input, handlers) => bridged.open(op, input, handlers),
  };
}
