import { useEventInvalidation } from '../../lib/useEventInvalidation';
import { changesNetworks, NETWORK_EVENT_TYPES } from './live-events';

const OPS = ['networks.list'] as const;

/** Mounted once by the app shell: network events, and containers made or removed, refresh the network lists (once per burst). */
export function useNetworkLiveUpdates(): void {
  useEventInvalidation(NETWORK_EVENT_TYPES, changesNetworks, OPS);
}
