import type { QueryClient } from '@tanstack/react-query';
import type { ContainerSummary } from '../../../../shared/contract/containers';

/**
 * When each row object arrived from the engine, for aging its status text (format.ts). Rows are replaced,
 * never mutated, when they change, so the object's identity marks one arrival.
 */
const arrivals = new WeakMap<ContainerSummary, number>();

export function receivedAt(row: ContainerSummary): number | undefined {
  return arrivals.get(row);
}

/** Stamps the rows of every containers.list result as it lands in the cache. Returns the unsubscribe. */
export function trackArrivals(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (event.query.queryKey[0] !== 'containers.list') return;
    const rows = event.query.state.data as ContainerSummary[] | undefined;
    const now = Date.now();
    for (const row of rows ?? []) if (!arrivals.has(row)) arrivals.set(row, now);
  });
}
