import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUp from '@mui/icons-material/KeyboardArrowUp';
import SearchIcon from '@mui/icons-material/Search';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { Ref } from 'react';
import { monoFont } from '../theme';
import { MAX_MATCHES, type SearchOptions } from './log-search';
import type { MatchInfo } from './useLogMatches';

/**
 * The log's search: the text (Enter: next match, Shift+Enter: previous, Escape: clear), case and regex
 * toggles, "3 of 12" and previous/next. `searched`: the text the count belongs to (it trails the typing).
 */
export function LogSearchBar({
  options,
  onChange,
  inputRef,
  searched,
  error,
  info,
  onStep,
}: {
  options: SearchOptions;
  onChange(options: SearchOptions): void;
  inputRef: Ref<HTMLInputElement>;
  searched: string;
  error: string | null;
  info: MatchInfo;
  onStep(delta: number): void;
}) {
  const countText = !searched
    ? ''
    : error
      ? 'Bad pattern'
      : info.count === 0
        ? 'No matches'
        : `${info.index >= 0 ? info.index + 1 : '–'} of ${info.count.toLocaleString('en')}${info.count >= MAX_MATCHES ? '+' : ''}`;
  return (
    <>
      <TextField
        value={options.text}
        inputRef={inputRef}
        onChange={(event) => onChange({ ...options, text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape' && options.text) {
            event.preventDefault();
            onChange({ ...options, text: '' });
          }
        }}
        placeholder="Search logs"
        error={Boolean(error)}
        sx={{ width: 240, '& .MuiInputBase-input': { py: '5px' } }}
        slotProps={{
          htmlInput: { 'aria-label': 'Search logs', spellCheck: false, title: error ?? undefined },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <Tooltip title="Match case">
        <ToggleButton value="case" selected={options.caseSensitive} onChange={() => onChange({ ...options, caseSensitive: !options.caseSensitive })} aria-label="Match case" sx={{ fontFamily: monoFont, px: '8px !important' }}>
          Aa
        </ToggleButton>
      </Tooltip>
      <Tooltip title="Regular expression">
        <ToggleButton value="regex" selected={options.regex} onChange={() => onChange({ ...options, regex: !options.regex })} aria-label="Regular expression" sx={{ fontFamily: monoFont, px: '8px !important' }}>
          .*
        </ToggleButton>
      </Tooltip>
      <Typography variant="body2" color={error ? 'error' : 'text.secondary'} role="status" data-testid="log-match-count" sx={{ minWidth: 76, textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}>
        {countText}
      </Typography>
      <IconButton aria-label="Previous match" disabled={info.count === 0} onClick={() => onStep(-1)}>
        <KeyboardArrowUp fontSize="small" />
      </IconButton>
      <IconButton aria-label="Next match" disabled={info.count === 0} onClick={() => onStep(1)}>
        <KeyboardArrowDown fontSize="small" />
      </IconButton>
    </>
  );
}
