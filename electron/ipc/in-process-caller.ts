import type { BerthClient } from '../../shared/client.js';
import type { EventOf, InputOf, StreamName } from '../../shared/contract/index.js';
import type { Router } from './router.js';

/**
 * Operations called from inside main (the tray, tests): typed from the contract as the renderer's client is,
 * and run through the same router, so the input is validated (INVALID_INPUT otherwise, whatever the compiler
 * was told), outputs are checked when the router checks them, and identical reads share one run.
 */
export interface InProcessCaller {
  /** `{ signal }` cancels the call as a cancel frame would (see `Router.call`). */
  call: BerthClient['call'];
  /** Runs a stream until it ends, fails or `signal` aborts; `onEvent` gets each event. */
  stream<K extends StreamName>(op: K, input: InputOf<K>, onEvent: (event: EventOf<K>) => void, signal: AbortSignal): Promise<void>;
}

export function inProcessCaller(router: Router): InProcessCaller {
  return {
    // The router's own types are the wire's (any name, any input): the contract's types are put back here.
    call: (op, input, { signal } = {}) => router.call(op, input, signal) as Promise<never>,
    stream: (op, input, onEvent, signal) => router.stream(op, input, onEvent as (event: unknown) => void, signal),
  };
}
