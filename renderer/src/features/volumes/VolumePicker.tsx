import { useMemo } from 'react';
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
  const list = useOp('volumes.list', VOLUME_NAMES);
  const choices = useMemo(
    () =>
      (list.data ?? [])
        .filter((v) => !v.anonymous)
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((v) => ({ name: v.name, note: v.containers.length ? `used by ${v.containers.length}` : 'unused' })),
    [list.data],
  );
  const typed = value.trim();
  const isNew = typed !== '' && list.data !== undefined && !choices.some((choice) => choice.name === typed);

  return (
    <NamePicker
      value={value}
      onChange={onChange}
      choices={choices}
      loading={list.isPending}
      loadingText="Loading volumes…"
      label={label}
      placeholder="volume name"
      ariaLabel={ariaLabel}
      error={error}
      helperText={helperText ?? (isNew ? `New: the engine creates ${typed} when the container runs` : undefined)}
    />
  );
}
