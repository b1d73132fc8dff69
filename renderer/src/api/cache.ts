import type { QueryClient } from '@tanstack/react-query';
import type { CallName, InputOf, OutputOf } from '../../../shared/contract/index';

/*
 * The query cache addressed by operation: keys are always [op, input], so a whole operation is addressed by
 * the prefix [op]. Plain functions of a QueryClient (no React), for hooks and for the live cache alike.
 */

export type OpKey<K extends CallName> = readonly [K, InputOf<K>];

export function opKey<K extends CallName>(op: K, input: InputOf<K>): OpKey<K> {
  return [op, input] as const;
}

/**
 * Rewrites the cached data of every query of one operation, whatever its input. `update` gets the data and
 * that query's input and returns the new data (return the same object to leave it alone).
 */
export function updateOpData<K extends CallName>(
  queryClient: QueryClient,
  op: K,
  update: (data: OutputOf<K>, input: InputOf<K>) => OutputOf<K>,
): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: [op] })) {
    const data = query.state.data as OutputOf<K> | undefined;
    if (data === undefined) continue;
    const [, input] = query.queryKey as unknown as OpKey<K>;
    const next = update(data, input);
    if (next !== data) queryClient.setQueryData(query.queryKey, next);
  }
}

/** Marks an operation's cached results stale (refetching those on screen). */
export function invalidateOp<K extends CallName>(queryClient: QueryClient, op: K, input?: InputOf<K>): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: input === undefined ? [op] : opKey(op, input) });
}
