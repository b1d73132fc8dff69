import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { NameChoice } from './name-choice';
import { monoFont } from './theme';

/**
 * A text field for a name the engine knows (a volume, an image, a network) that offers the engine's ones as
 * you type; free text stays allowed, since the field's owner decides what an unknown name means (a new
 * volume, an image to pull, a `container:<name>` network).
 */
export function NamePicker({
  value,
  onChange,
  choices,
  loading,
  loadingText,
  label,
  placeholder,
  ariaLabel,
  error,
  helperText,
  autoFocus,
  testId,
}: {
  value: string;
  onChange(value: string): void;
  choices: readonly NameChoice[];
  loading: boolean;
  loadingText: string;
  label?: string;
  placeholder?: string;
  /** The input's accessible name when it has no label, e.g. "Volume name 1". */
  ariaLabel?: string;
  error?: boolean;
  helperText?: string;
  autoFocus?: boolean;
  testId?: string;
}) {
  const notes = new Map(choices.map((choice) => [choice.name, choice.note]));
  return (
    <Autocomplete
      freeSolo
      options={choices.map((choice) => choice.name)}
      inputValue={value}
      onInputChange={(_event, next) => onChange(next)}
      loading={loading}
      loadingText={loadingText}
      fullWidth
      slotProps={{ popper: { placement: 'bottom-start', sx: { minWidth: 380 } } }}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1.5, fontFamily: monoFont, fontSize: 12.5 }}>
          <Box component="span" sx={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {option}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', fontFamily: 'system-ui, sans-serif', fontSize: 12, flexShrink: 0 }}>
            {notes.get(option)}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={placeholder}
          error={error}
          helperText={helperText}
          autoFocus={autoFocus}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              'aria-label': ariaLabel,
              'data-testid': testId,
              spellCheck: false,
              autoCapitalize: 'off',
              style: { fontFamily: monoFont },
            },
            inputLabel: { ...params.slotProps.inputLabel, shrink: true },
          }}
        />
      )}
    />
  );
}
