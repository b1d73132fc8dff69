import { useSyncExternalStore } from 'react';

/**
 * A shared wall clock for relative times ("3 minutes ago", "Up 2 hours"). It never fetches anything (engine
 * data is kept fresh by events), ticks only while someone follows it and the page is visible (a hidden
 * window gets one tick when shown again), and `useClockText` re-renders a component only when its wording
 * changes, so an idle page costs next to nothing.
 */
const TICK_MS = 10_000;
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

function tick(): void {
  timer = undefined;
  now = Date.now();
  for (const listener of [...listeners]) listener();
  schedule();
}

function schedule(): void {
  if (timer === undefined && listeners.size > 0 && !hidden()) timer = setTimeout(tick, TICK_MS);
}

function onVisibility(): void {
  if (hidden()) {
    clearTimeout(timer);
    timer = undefined;
  } else if (timer === undefined && listeners.size > 0) {
    tick();
  }
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    now = Date.now();
    document.addEventListener('visibilitychange', onVisibility);
  }
  listeners.add(listener);
  schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    clearTimeout(timer);
    timer = undefined;
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

const snapshot = () => now;

/** Milliseconds since the epoch, updated every few seconds while someone is looking (re-renders every tick). */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * Text that depends on the time, e.g. `useClockText((now) => formatRelative(created, now))`: the component
 * re-renders only when the text changes (a minute-old "2 minutes ago" stays put for a minute), not every tick.
 */
export function useClockText(format: (nowMs: number) => string): string {
  const text = () => format(now);
  return useSyncExternalStore(subscribe, text, text);
}
