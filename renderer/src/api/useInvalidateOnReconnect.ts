import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBerthConnection } from './BerthProvider';

/**
 * When the web shell's connection comes back, events sent while it was down are gone for good: reload
 * everything, as on an engine resync. (Streams reopen by themselves; see reopening-client.ts.)
 */
export function useInvalidateOnReconnect(): void {
  const queryClient = useQueryClient();
  const { carrier } = useBerthConnection();
  useEffect(() => {
    let opens = carrier.get().opens;
    return carrier.subscribe(() => {
      const state = carrier.get();
      if (state.status === 'open' && state.opens > opens && opens > 0) void queryClient.invalidateQueries();
      opens = state.opens;
    });
  }, [carrier, queryClient]);
}
