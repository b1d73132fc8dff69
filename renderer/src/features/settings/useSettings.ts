import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract/index';
import type { Settings } from '../../../../shared/contract/settings';
import { TRASH_DEFAULTS } from '../../../../shared/trash-limits';
import { invalidateOp, opKey, useCall, useOp } from '../../api/hooks';
import { notifyError } from '../../components/notifications';
import { applySettingsPatch, type SettingsPatch } from './settings-model';

const INPUT = {};
const KEY = opKey('settings.get', INPUT);
type SettingsResult = OutputOf<'settings.get'>;

/** Recently removed's limits: as set, or their defaults until the settings are read. */
export function useTrashSettings(): Settings['trash'] {
  return useSettings().data?.settings.trash ?? TRASH_DEFAULTS;
}

/** Berth's settings and any problem found reading them (one query for the whole app). */
export function useSettings() {
  return useOp('settings.get', INPUT);
}

/**
 * Changes settings: shown at once (the cached settings are patched), then replaced by what main saved; a
 * failure is reported and the saved settings are read again.
 */
export function useUpdateSettings(): (patch: SettingsPatch) => Promise<Settings | null> {
  const queryClient = useQueryClient();
  const call = useCall();
  // The app shell uses this (useSettingsSync) before the settings namespace is needed: it is fetched only on a failure.
  const { i18n } = useTranslation();
  return useCallback(
    async (patch) => {
      queryClient.setQueryData<SettingsResult>(KEY, (current) => current && { ...current, settings: applySettingsPatch(current.settings, patch) });
      try {
        const saved = await call('settings.update', patch);
        queryClient.setQueryData<SettingsResult>(KEY, (current) => ({ problems: current?.problems ?? [], settings: saved }));
        return saved;
      } catch (error) {
        void invalidateOp(queryClient, 'settings.get');
        await i18n.loadNamespaces('settings').catch(() => undefined);
        notifyError(i18n.t('saveFailed', { ns: 'settings' }), error);
        return null;
      }
    },
    [queryClient, call, i18n],
  );
}
