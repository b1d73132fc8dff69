import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
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
  const volumes = useMemo(() => (list.data ?? []).filter((v) => !v.anonymous).sort((a, b) => collator.compare(a.name, b.name)), [list.data]);
  const users = useMemo(() => new Map(volumes.map((v) => [v.name, v.containers.length])), [volumes]);
  const typed = value.trim();
  const isNew = typed !== '' && list.data !== undefined && !users.has(typed);

  return (
    <Autocomplete
      freeSolo
      options={volumes.map((v) => v.name)}
      inputValue={value}
      onInputChange={(_event, next) => onChange(next)}
      loading={list.isPending}
      loadingText="Loading volumes…"
      fullWidth
      slotProps={{ popper: { placement: 'bottom-start', sx: { minWidth: 380 } } }}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1.5, fontFamily: monoFont, fontSize: 12.5 }}>
          <Box component="span" sx={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {option}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', fontFamily: 'system-ui, sans-serif', fontSize: 12, flexShrink: 0 }}>
            {users.get(option) ? `used by ${users.get(option)}` : 'unused'}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder="volume name"
          error={error}
          helperText={helperText ?? (isNew ? `New: the engine creates ${typed} when the container runs` : undefined)}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'aria-label': ariaLabel, spellCheck: false, style: { fontFamily: monoFont } },
            inputLabel: { ...params.slotProps.inputLabel, shrink: true },
          }}
        />
      )}
    />
  );
}
