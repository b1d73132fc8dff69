import {
  useMutation,
  useQuery,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import type { BerthClient } from '../../../shared/client';
import type { BerthError } from '../../../shared/contract/errors';
import type { CallName, EventOf, InputOf, OutputOf, StreamName } from '../../../shared/contract/index';
import { useBerthClient } from './BerthProvider';
import { opKey, type OpKey } from './cache';

export { invalidateOp, opKey, updateOpData, type OpKey } from './cache';

/*
 * Typed TanStack Query helpers derived from the contract: an operation's name picks its input, output and
 * event types, so no operation is ever described twice. Query keys are always [op, input], which lets a
 * whole operation be addressed by the prefix [op] (see `updateOpData`).
 */

export interface UseOpOptions {
  /** false: do not call yet (e.g. a drawer that is closed). */
  enabled?: boolean;
}

/**
 * A long call (a folder listing that reads a whole archive) as a query's key and function. The query's signal
 * goes with the call, so a query TanStack Query cancels (its last user unmounted, a newer fetch replaced it)
 * is cancelled on the wire too, and main stops the work instead of finishing it for nobody.
 */
export function opQuery<K extends CallName>(
  client: BerthClient,
  op: K,
  input: InputOf<K>,
): { queryKey: OpKey<K>; queryFn(context: { signal: AbortSignal }): Promise<OutputOf<K>> } {
  return { queryKey: opKey(op, input), queryFn: ({ signal }) => client.call(op, input, { signal }) };
}

/**
 * A call operation as a query, cached under [op, input]. Its signal is not passed on: these are quick reads,
 * and a refetch that replaced one under way answers sooner by joining the main process's run of it (shared
 * calls) than by cancelling it and starting again — the live list fell behind the engine's events when every
 * invalidation cancelled its list call. Long reads use `opQuery`.
 */
export function useOp<K extends CallName>(op: K, input: InputOf<K>, options: UseOpOptions = {}): UseQueryResult<OutputOf<K>> {
  const client = useBerthClient();
  return useQuery({ queryKey: opKey(op, input), queryFn: () => client.call(op, input), enabled: options.enabled ?? true });
}

/** A call operation as a mutation; `mutate(input)` is checked against the contract. */
export function useOpMutation<K extends CallName>(
  op: K,
  options: Omit<UseMutationOptions<OutputOf<K>, Error, InputOf<K>>, 'mutationFn'> = {},
): UseMutationResult<OutputOf<K>, Error, InputOf<K>> {
  const client = useBerthClient();
  return useMutation({ ...options, mutationFn: (input: InputOf<K>) => client.call(op, input) });
}

/** The typed `call` for imperative use (bulk actions, event handlers); `{ signal }` cancels it. */
export function useCall(): BerthClient['call'] {
  return useBerthClient().call;
}

export interface UseStreamOptions {
  enabled?: boolean;
  /** The stream ended (error: it failed). A dropped web shell connection is not an end: it reopens. */
  onEnd?(error?: BerthError): void;
}

/**
 * Subscribes to a stream operation while the component is mounted (and `enabled`); cancels it on unmount
 * or when the input changes. `onEvent` may change on every render without reopening the stream.
 */
export function useStream<K extends StreamName>(
  op: K,
  input: InputOf<K>,
  onEvent: (event: EventOf<K>) => void,
  options: UseStreamOptions = {},
): void {
  const client = useBerthClient();
  const enabled = options.enabled ?? true;
  const handleEvent = useEffectEvent(onEvent);
  const handleEnd = useEffectEvent((error?: BerthError) => options.onEnd?.(error));
  // Inputs are plain JSON; comparing them by value keeps an inline `{}` from reopening the stream each render.
  const inputJson = JSON.stringify(input);
  useEffect(() => {
    if (!enabled) return;
    return client.stream(op, JSON.parse(inputJson) as InputOf<K>, {
      onEvent: (event) => handleEvent(event),
      onEnd: (error) => handleEnd(error),
    });
  }, [client, op, inputJson, enabled]);
}
