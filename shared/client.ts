import { BerthError, ErrorShape } from './contract/errors.js';
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

/** The typed client: every operation of the contract, called by name, checked by the compiler. */
export interface BerthClient {
  call<K extends CallName>(op: K, input: InputOf<K>): Promise<OutputOf<K>>;
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
    call(op, input) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        port.send({ id, op, input });
      });
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
