import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';

/** A component loaded on first render (its own chunk), which can also be fetched ahead (on hover, say). */
export type LazyComponent<P extends object> = LazyExoticComponent<ComponentType<P>> & { preload(): Promise<unknown> };

/**
 * `React.lazy` for a named export: `lazyNamed(() => import('./ContainersPage'), 'ContainersPage')`. The module
 * is requested once, whether by `preload` or by the first render.
 */
export function lazyNamed<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): LazyComponent<P> {
  let loading: Promise<Record<K, ComponentType<P>>> | null = null;
  const once = () => (loading ??= load());
  return Object.assign(
    lazy(async () => ({ default: (await once())[name] })),
    { preload: once },
  );
}

/** true from the first render where `value` is true on: mounts a lazy part once it is first wanted, then keeps it (and its state). */
export function useLatched(value: boolean): boolean {
  const [latched, setLatched] = useState(value);
  if (value && !latched) setLatched(true);
  return latched || value;
}
