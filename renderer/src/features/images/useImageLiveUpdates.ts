import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { invalidateOp, useStream } from '../../api/hooks';
import { createBurstBatcher, eventEffect, IMAGE_PAGE_EVENT_TYPES, type BurstBatcher } from './image-events';

const EVENT_INPUT = { types: IMAGE_PAGE_EVENT_TYPES };

/**
 * While the images page is on screen: the engine's image (and container/volume) events reload images.list
 * and system.df once per burst, ~100 ms after it ends; no polling. Events missed while the page was away are
 * made up for by reloading both when it comes back.
 */
export function useImageLiveUpdates(): void {
  const queryClient = useQueryClient();
  const batcher = useRef<BurstBatcher | null>(null);

  useEffect(() => {
    const batch = createBurstBatcher((effect) => {
      if (effect.list) {
        void invalidateOp(queryClient, 'images.list');
        // An open detail view too: its tags, digests and containers may have changed (only one on screen refetches).
        void invalidateOp(queryClient, 'images.inspect');
      }
      if (effect.diskUsage) void invalidateOp(queryClient, 'system.df');
    });
    batcher.current = batch;
    // Coming back to the page: what was cached may be old (nobody followed the events meanwhile).
    for (const op of ['images.list', 'system.df'] as const) {
      const state = queryClient.getQueryState([op, {}]);
      if (state?.data !== undefined && state.fetchStatus === 'idle') void invalidateOp(queryClient, op);
    }
    return () => {
      batch.dispose();
      batcher.current = null;
    };
  }, [queryClient]);

  useStream('engine.events', EVENT_INPUT, (event) => batcher.current?.poke(eventEffect(event)));
}
