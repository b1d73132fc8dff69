import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { NamePicker } from '../../components/NamePicker';
import { VOLUME_NAMES } from './useVolumes';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * A named-volume field that offers the engine's volumes (the volumes page's data) as you type; a name that is
 * not there yet is fine too: the engine creates that volume when the container runs.
 */
export function VolumePicker({
  value,
  onChange,
  label,
  ariaLabel,
  error,
  helperText,
}: {
  value: string;
  onChange(value: string): void;
  label?: string;
  /** The input's accessible name, e.g. "Volume name 1". */
  ariaLabel: string;
  error?: boolean;
  helperText?: string;
}) {
  const { t } = useTranslation('volumes');
  const list = useOp('volumes.list', VOLUME_NAMES);
  const choices = useMemo(
    () =>
      (list.data ?? [])
        .filter((v) => !v.anonymous)
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((v) => ({ name: v.name, note: v.containers.length ? t('picker.usedBy', { count: v.containers.length }) : t('unused') })),
    [list.data, t],
  );
  const typed = value.trim();
  const isNew = typed !== '' && list.data !== undefined && !choices.some((choice) => choice.name === typed);

  return (
    <NamePicker
      value={value}
      onChange={onChange}
      choices={choices}
      loading={list.isPending}
      loadingText={t('picker.loading')}
      label={label}
      placeholder={t('picker.placeholder')}
      ariaLabel={ariaLabel}
      error={error}
      helperText={helperText ?? (isNew ? t('picker.new', { name: typed }) : undefined)}
    />
  );
}
