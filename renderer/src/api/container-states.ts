import { useMemo } from 'react';
import type { LiveStates } from '../lib/live-states';
import { useOp } from './hooks';

export type { LiveStates };

/** The containers list the containers page keeps live; shared, not fetched twice. */
const ALL_CONTAINERS = { all: true };

/** Containers as they are now (name, state), by id: for the pages that list who uses a volume or a network. */
export function useLiveStates(): LiveStates {
  const list = useOp('containers.list', ALL_CONTAINERS);
  return useMemo(() => new Map((list.data ?? []).map((c) => [c.id, { name: c.name, state: c.state }])), [list.data]);
}
