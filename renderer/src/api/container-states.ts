import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerState } from '../../../shared/contract/containers';
import { containerStateWords } from './container-state-words';
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

/** `containerStateWords` in the UI language, for components. */
export function useContainerStateWords(): (state: ContainerState) => string {
  const { t } = useTranslation('common');
  return useCallback((state: ContainerState) => containerStateWords(state, t as TFunction), [t]);
}
