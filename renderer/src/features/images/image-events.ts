import type { EngineEvent } from '../../../../shared/contract/engine';
import { createBurst } from '../../lib/burst';

/** The event types the images page follows (engine.events `types`). */
export const IMAGE_PAGE_EVENT_TYPES = ['image', 'container', 'volume'];

export interface EventEffect {
  /** images.list may have changed (a tag, a new or deleted image, a container made from or removed). */
  list: boolean;
  /** system.df may have changed. */
  diskUsage: boolean;
}

const NOTHING: EventEffect = { list: false, diskUsage: false };

/**
 * What an engine event means for the images page. Image events (pull, push, tag, untag, delete, import,
 * load, save…) do not carry enough to patch a row, so they mean "reload the list"; containers matter only as
 * they appear or go (the "containers" column); volumes only for disk usage.
 */
export function eventEffect(event: EngineEvent): EventEffect {
  if (event.kind === 'resync') return { list: true, diskUsage: true };
  switch (event.type) {
    case 'image':
      return { list: true, diskUsage: true };
    case 'container':
      return event.action === 'create' || event.action === 'destroy' ? { list: true, diskUsage: true } : NOTHING;
    case 'volume':
      return event.action === 'create' || event.action === 'destroy' ? { list: false, diskUsage: true } : NOTHING;
    default:
      return NOTHING;
  }
}

export interface BurstBatcher {
  /** Something changed: the refresh runs once the events stop for `quietMs` (or `maxWaitMs` after the first). */
  poke(effect: EventEffect): void;
  dispose(): void;
}

/** Timers the tests drive (set/clear: setTimeout/clearTimeout). */
export interface Clock {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now?(): number;
}

/**
 * Coalesces a burst of events (a pull tags and pulls, a build makes and removes a container per step, a
 * prune deletes hundreds) into one refresh of what they changed together (see createBurst): debounced by
 * `quietMs`, but never later than `maxWaitMs` after the burst began, so a long build still shows progress.
 */
export function createBurstBatcher(
  refresh: (effect: EventEffect) => void,
  { quietMs = 100, maxWaitMs = 1000 }: { quietMs?: number; maxWaitMs?: number } = {},
  clock?: Clock,
): BurstBatcher {
  let pending: EventEffect = NOTHING;
  const timers = clock && { setTimeout: clock.set, clearTimeout: clock.clear };
  const burst = createBurst(
    () => {
      const effect = pending;
      pending = NOTHING;
      if (effect.list || effect.diskUsage) refresh(effect);
    },
    quietMs,
    maxWaitMs,
    timers,
  );
  return {
    poke(effect) {
      if (!effect.list && !effect.diskUsage) return;
      pending = { list: pending.list || effect.list, diskUsage: pending.diskUsage || effect.diskUsage };
      burst.trigger();
    },
    dispose: () => burst.dispose(),
  };
}
