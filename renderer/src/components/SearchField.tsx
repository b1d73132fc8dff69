import Close from '@mui/icons-material/Close';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { monoFont } from './theme';
import { useFocusShortcut } from '../lib/useFocusShortcut';

/**
 * A page's search box: `/` focuses it, Escape clears it; its accessible name is its placeholder. `hint`: the `/`
 * shown at its end while it is empty.
 */
export function SearchField({ value, onChange, label, width = 260, hint = true }: { value: string; onChange(value: string): void; label: string; width?: number; hint?: boolean }) {
  const { t } = useTranslation('components');
  const ref = useRef<HTMLInputElement>(null);
  useFocusShortcut('/', ref);
  return (
    <TextField
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value) {
          event.preventDefault();
          onChange('');
        }
      }}
      placeholder={label}
      inputRef={ref}
      sx={{ width }}
      slotProps={{
        htmlInput: { 'aria-label': label, spellCheck: false },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
          endAdornment: value ? (
            <InputAdornment position="end">
              <IconButton aria-label={t('search.clear')} edge="end" onClick={() => onChange('')}>
                <Close fontSize="small" />
              </IconButton>
            </InputAdornment>
          ) : hint ? (
            <InputAdornment position="end">
              <Box
                component="kbd"
                aria-hidden
                sx={{ fontFamily: monoFont, fontSize: 11, px: 0.75, border: 1, borderColor: 'divider', borderRadius: 0.75, color: 'text.secondary' }}
              >
                /
              </Box>
            </InputAdornment>
          ) : undefined,
        },
      }}
    />
  );
}
