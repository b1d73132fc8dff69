import { useSyncExternalStore } from 'react';

/**
 * A shared wall clock for relative times ("3 minutes ago", "Up 2 hours"). It only re-renders the rows on
 * screen so that their wording ages; it never fetches anything (engine data is kept fresh by events).
 */
const TICK_MS = 10_000;
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const listener of [...listeners]) listener();
  timer = setTimeout(tick, TICK_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setTimeout(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

const snapshot = () => now;

/** Milliseconds since the epoch, updated every few seconds while someone is looking. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
