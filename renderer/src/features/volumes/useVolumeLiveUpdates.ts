import { useEventInvalidation } from '../../lib/useEventInvalidation';
import { changesVolumes, VOLUME_EVENT_TYPES } from './live-events';

const OPS = ['volumes.list'] as const;

/** Mounted once by the app shell: volume events, and containers made or removed, refresh the volume lists (once per burst). */
export function useVolumeLiveUpdates(): void {
  useEventInvalidation(VOLUME_EVENT_TYPES, changesVolumes, OPS);
}
