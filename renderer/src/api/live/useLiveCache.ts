import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBerthClient } from '../BerthProvider';
import { createContainerUpdater } from './container-updater';
import { createEngineEventBus } from './event-bus';
import { createInvalidator } from './invalidation';
import { trackArrivals } from './received-at';

/**
 * Mounted once by the app: the window's one engine-event stream feeds every cache update, whichever page is
 * on screen. Container rows are patched in place (container-updater.ts); the other lists are invalidated
 * (invalidation.ts). No timers poll the engine.
 */
export function useLiveCache(): void {
  const queryClient = useQueryClient();
  const client = useBerthClient();
  useEffect(() => {
    const bus = createEngineEventBus(client);
    const containers = createContainerUpdater(queryClient, client.call);
    const lists = createInvalidator(queryClient);
    const stopTracking = trackArrivals(queryClient);
    const unsubscribe = [bus.subscribe(containers.handle), bus.subscribe(lists.handle)];
    return () => {
      unsubscribe.forEach((stop) => stop());
      bus.dispose();
      containers.dispose();
      lists.dispose();
      stopTracking();
    };
  }, [queryClient, client]);
}
