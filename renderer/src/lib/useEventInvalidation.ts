import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { EngineEvent } from '../../../shared/contract/engine';
import type { CallName } from '../../../shared/contract/index';
import { invalidateOp, useStream } from '../api/hooks';
import { createBurst, type Burst } from './burst';

/**
 * Keeps the cached results of some operations current from the engine's events, without polling: each
 * event `changes` says matters marks them stale, once per burst of events (see createBurst). Only queries
 * on screen refetch; the others do when they are next shown. Mounted once by the app shell.
 */
export function useEventInvalidation(types: readonly string[], changes: (event: EngineEvent) => boolean, ops: readonly CallName[]): void {
  const queryClient = useQueryClient();
  const burst = useRef<Burst | null>(null);
  const opsKey = ops.join(',');

  useEffect(() => {
    const names = opsKey.split(',') as CallName[];
    const made = createBurst(() => {
      for (const op of names) void invalidateOp(queryClient, op);
    });
    burst.current = made;
    return () => {
      made.dispose();
      burst.current = null;
    };
  }, [queryClient, opsKey]);

  useStream('engine.events', { types: [...types] }, (event) => {
    if (changes(event)) burst.current?.trigger();
  });
}
