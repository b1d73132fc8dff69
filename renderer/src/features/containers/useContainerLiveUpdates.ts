import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useBerthClient } from '../../api/BerthProvider';
import { useStream } from '../../api/hooks';
import { createLiveUpdater, type LiveUpdater } from './live-updater';
import { trackArrivals } from './received-at';

const CONTAINER_EVENTS = { types: ['container'] };

/**
 * Mounted once by the app shell, not by the page: one `engine.events` subscription for the app's lifetime
 * keeps the containers cache live (see live-updater.ts), whichever page is on screen.
 */
export function useContainerLiveUpdates(): void {
  const queryClient = useQueryClient();
  const client = useBerthClient();
  const updater = useRef<LiveUpdater | null>(null);

  useEffect(() => {
    const live = createLiveUpdater(queryClient, client.call);
    const stopTracking = trackArrivals(queryClient);
    updater.current = live;
    return () => {
      live.dispose();
      stopTracking();
      updater.current = null;
    };
  }, [queryClient, client]);

  useStream('engine.events', CONTAINER_EVENTS, (event) => updater.current?.handle(event));
}
