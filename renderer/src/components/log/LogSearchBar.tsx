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
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/locale';
import { monoFont } from '../theme';
import { MAX_MATCHES, type SearchOptions } from './log-search';
import type { MatchInfo } from './useLogMatches';

/** The usual glyph of a match-case toggle (named by its label), the same in every language. */
const MATCH_CASE_GLYPH = 'Aa';

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
  const { t } = useTranslation('components');
  const countText = !searched
    ? ''
    : error
      ? t('log.badPattern')
      : info.count === 0
        ? t('search.noMatches')
        : t('log.matchPosition', { index: info.index >= 0 ? formatNumber(info.index + 1) : '–', total: info.count, more: info.count >= MAX_MATCHES ? 'yes' : 'no' });
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
        placeholder={t('log.search')}
        error={Boolean(error)}
        sx={{ width: 240, '& .MuiInputBase-input': { py: '5px' } }}
        slotProps={{
          htmlInput: { 'aria-label': t('log.search'), spellCheck: false, title: error ?? undefined },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <Tooltip title={t('log.matchCase')}>
        <ToggleButton value="case" selected={options.caseSensitive} onChange={() => onChange({ ...options, caseSensitive: !options.caseSensitive })} aria-label={t('log.matchCase')} sx={{ fontFamily: monoFont, px: '8px !important' }}>
          {MATCH_CASE_GLYPH}
        </ToggleButton>
      </Tooltip>
      <Tooltip title={t('log.regex')}>
        <ToggleButton value="regex" selected={options.regex} onChange={() => onChange({ ...options, regex: !options.regex })} aria-label={t('log.regex')} sx={{ fontFamily: monoFont, px: '8px !important' }}>
          .*
        </ToggleButton>
      </Tooltip>
      <Typography variant="body2" color={error ? 'error' : 'text.secondary'} role="status" data-testid="log-match-count" sx={{ minWidth: 76, textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}>
        {countText}
      </Typography>
      <IconButton aria-label={t('search.previous')} disabled={info.count === 0} onClick={() => onStep(-1)}>
        <KeyboardArrowUp fontSize="small" />
      </IconButton>
      <IconButton aria-label={t('search.next')} disabled={info.count === 0} onClick={() => onStep(1)}>
        <KeyboardArrowDown fontSize="small" />
      </IconButton>
    </>
  );
}
