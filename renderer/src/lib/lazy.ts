import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';

/** A component loaded on first render (its own chunk), which can also be fetched ahead (on hover, say). */
export type LazyComponent<P extends object> = LazyExoticComponent<ComponentType<P>> & { preload(): Promise<unknown> };

/** Waits between attempts at a chunk that failed to load; after the last, the error reaches an error boundary. */
const RETRY_DELAYS_MS = [250, 1000, 3000];

/**
 * `React.lazy` for a named export: `lazyNamed(() => import('./ContainersPage'), 'ContainersPage')`. The module
 * is requested once, whether by `preload` or by the first render; a request that fails is retried (see
 * loadWithRetry), and one that fails for good is forgotten so that the next `preload` tries again.
 */
export function lazyNamed<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): LazyComponent<P> {
  let loading: Promise<Record<K, ComponentType<P>>> | null = null;
  const once = () =>
    (loading ??= loadWithRetry(load).catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  return Object.assign(
    lazy(async () => ({ default: (await once())[name] })),
    { preload: once },
  );
}

/**
 * Chunk requests do fail on a healthy machine: Chromium aborts every request in flight with
 * ERR_NETWORK_CHANGED when a network interface comes or goes, and Docker adds one (a veth) for every
 * container it starts. A moment later the same request succeeds (Chromium does not keep a failed dynamic
 * import), so a page whose chunk failed is loaded again instead of leaving the window blank.
 */
export async function loadWithRetry<T>(load: () => Promise<T>, delaysMs: readonly number[] = RETRY_DELAYS_MS, wait = sleep): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined) throw error;
      await wait(delay);
      refetchFailedStylesheets();
    }
  }
}

/**
 * Vite's preloader adds a chunk's stylesheet once and never again, so a stylesheet whose request failed stays
 * missing after the chunk itself loads. Such a link has no sheet; a fresh copy of it is fetched anew.
 */
function refetchFailedStylesheets(): void {
  if (typeof document === 'undefined') return;
  // Array.from: the main tsconfig (which type-checks this file through its unit test) has no DOM.Iterable.
  for (const link of Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))) {
    if (link.sheet === null) link.replaceWith(link.cloneNode());
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** true from the first render where `value` is true on: mounts a lazy part once it is first wanted, then keeps it (and its state). */
export function useLatched(value: boolean): boolean {
  const [latched, setLatched] = useState(value);
  if (value && !latched) setLatched(true);
  return latched || value;
}
