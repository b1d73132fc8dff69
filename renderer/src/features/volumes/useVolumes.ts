import { useMemo } from 'react';
import { useOp } from '../../api/hooks';
import type { LiveStates } from './volume-view';

/** The volumes page's one list query: every volume, measured. Kept current by engine events (useVolumeLiveUpdates). */
export const ALL_VOLUMES = {};
/** The same without measuring sizes, for pickers. */
export const VOLUME_NAMES = { sizes: false };
/** The containers list the containers page keeps live; shared, not fetched twice. */
const ALL_CONTAINERS = { all: true };

export function useVolumes() {
  return useOp('volumes.list', ALL_VOLUMES);
}

/** Containers as they are now (name, state), by id, from the live containers list. */
export function useLiveStates(): LiveStates {
  const list = useOp('containers.list', ALL_CONTAINERS);
  return useMemo(() => new Map((list.data ?? []).map((c) => [c.id, { name: c.name, state: c.state }])), [list.data]);
}
