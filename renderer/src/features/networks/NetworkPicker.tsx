import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { NamePicker } from '../../components/NamePicker';
import { ALL_NETWORKS } from './network-view';
import { networkChoices, networkNote } from './network-choices';

/**
 * The network field of the run dialog: this engine's networks a container can join, offered as you type;
 * free text stays allowed for `container:<name>` and for a network made while the dialog is open.
 */
export function NetworkPicker({ value, onChange, issue }: { value: string; onChange(value: string): void; issue?: string }) {
  const { t } = useTranslation('networks');
  const list = useOp('networks.list', ALL_NETWORKS);
  const choices = useMemo(() => networkChoices(list.data ?? []), [list.data]);
  return (
    <NamePicker
      value={value}
      onChange={onChange}
      choices={choices}
      loading={list.isPending}
      loadingText={t('picker.loading')}
      label={t('picker.label')}
      placeholder={t('picker.placeholder')}
      error={issue !== undefined}
      helperText={issue ?? (list.data ? networkNote(value, list.data, t) : undefined)}
      testId="run-network"
    />
  );
}
