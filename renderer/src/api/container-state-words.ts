import type { TFunction } from 'i18next';
import { getI18n } from 'react-i18next';
import type { ContainerState } from '../../../shared/contract/containers';
import commonEn from '../i18n/locales/en/common.json';

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

