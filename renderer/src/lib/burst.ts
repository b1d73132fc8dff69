import { realTimers, type Timers } from '../../../shared/timers';

export type { Timers };

export interface Burst {
  /** Something changed: `fire` runs once the burst is over. */
  trigger(): void;
  /** Drops a pending call; later triggers do nothing. */
  dispose(): void;
}

/**
 * One call per burst of triggers: `fire` runs `quietMs` after the last trigger, and no later than `maxWaitMs`
 * after the first of the burst (a long stream of events — a compose up, a prune — still shows progress).
 */
export function createBurst(fire: () => void, quietMs = 250, maxWaitMs = 2000, timers: Timers = realTimers): Burst {
  let quiet: unknown;
  let deadline: unknown;
  let disposed = false;

  const clear = () => {
    if (quiet !== undefined) timers.clearTimeout(quiet);
    if (deadline !== undefined) timers.clearTimeout(deadline);
    quiet = deadline = undefined;
  };
  const run = () => {
    clear();
    if (!disposed) fire();
  };

  return {
    trigger() {
      if (disposed) return;
      if (quiet !== undefined) timers.clearTimeout(quiet);
      quiet = timers.setTimeout(run, quietMs);
      deadline ??= timers.setTimeout(run, maxWaitMs);
    },
    dispose() {
      disposed = true;
      clear();
    },
  };
}
