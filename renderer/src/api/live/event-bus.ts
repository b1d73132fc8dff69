import type { BerthClient } from '../../../../shared/client';
import type { EngineEvent } from '../../../../shared/contract/engine';

type EngineEventListener = (event: EngineEvent) => void;

interface EngineEventBus {
  /** Follows every engine event of this window; the returned function stops. */
  subscribe(listener: EngineEventListener): () => void;
  dispose(): void;
}

/**
 * One `engine.events` stream per window, fanned out to every part of the cache that follows the engine. The
 * stream opens with the first listener and closes with the last; it reopens by itself after a dropped
 * connection (reopening-client.ts), and a `resync` event says events may have been missed. A listener that
 * throws is reported and does not keep the others from their events.
 */
export function createEngineEventBus(client: BerthClient): EngineEventBus {
  const listeners = new Set<EngineEventListener>();
  let cancel: (() => void) | null = null;

  const deliver = (event: EngineEvent) => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('Berth: an engine event listener failed', error);
      }
    }
  };
  const open = () => {
    cancel = client.stream('engine.events', {}, {
      onEvent: deliver,
      // Ends for good only with an error the carrier does not recover from; what is listening stays subscribed.
      onEnd: (error) => {
        cancel = null;
        if (error) console.warn('Berth: the engine event stream ended', error);
      },
    });
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!cancel) open();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          cancel?.();
          cancel = null;
        }
      };
    },
    dispose() {
      listeners.clear();
      cancel?.();
      cancel = null;
    },
  };
}
