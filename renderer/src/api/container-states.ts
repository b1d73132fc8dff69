import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { getI18n, useTranslation } from 'react-i18next';
import type { ContainerState } from '../../../shared/contract/containers';
import commonEn from '../i18n/locales/en/common.json';
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

/**
 * A container's state in a few words for a list of users ("running", "created, not started"), in the `common`
 * namespace (loaded with the shell). `t`: any namespace's TFunction; without one, the app's i18n instance in
 * the UI language (English where there is none yet, as in unit tests).
 */
export function containerStateWords(state: ContainerState, t?: TFunction): string {
  const key = `common:containerState.${state}`;
  if (t) return t(key);
  const i18n = getI18n();
  if (i18n?.isInitialized) return i18n.t(key);
  return commonEn.containerState[state];
}

/** `containerStateWords` in the UI language, for components. */
export function useContainerStateWords(): (state: ContainerState) => string {
  const { t } = useTranslation('common');
  return useCallback((state: ContainerState) => containerStateWords(state, t as TFunction), [t]);
}
