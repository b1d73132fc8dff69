import type { BerthClient } from '../../../shared/client';
import type { StreamName } from '../../../shared/contract/index';
import { isConnectionLost } from './errors';

/**
 * The streams that only watch (state, events, samples) and so can be opened again without harm. A job
 * (pull, push, build, save, load, export, import) or a log replay is never reopened: doing it again would
 * repeat work or lines, so its owner is told it ended and the user decides.
 */
const reopenable: ReadonlySet<StreamName> = new Set<StreamName>(['engine.status', 'engine.events', 'engine.provider', 'containers.stats']);

/**
 * Wraps a client so that its streams outlive a dropped carrier: a stream that ends because the connection
 * was lost is opened again at once. The carrier queues the request until it is connected again, so the
 * subscriber just sees events resume (it learns that some may have been missed from the carrier state).
 * Calls are not retried: a call in flight when the connection dropped fails, and the caller decides; nor
 * is anything else the client offers (a terminal session cannot be resumed, its owner must know it ended).
 */
export function withReopeningStreams(base: BerthClient): BerthClient {
  return {
    ...base,
    stream(op, input, handlers) {
      if (!reopenable.has(op)) return base.stream(op, input, handlers);
      let cancelled = false;
      let cancelCurrent: () => void = () => {};
      const open = () => {
        cancelCurrent = base.stream(op, input, {
          onEvent: (event) => handlers.onEvent(event),
          onEnd: (error) => {
            if (cancelled) return;
            if (error && isConnectionLost(error)) open();
            else handlers.onEnd?.(error);
          },
        });
      };
      open();
      return () => {
        cancelled = true;
        cancelCurrent();
      };
    },
  };
}
