import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUp from '@mui/icons-material/KeyboardArrowUp';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notify, notifyError } from './notifications';
import { monoFont } from './theme';
import { copyText } from '../lib/clipboard';
import { findMatches, highlightJson } from '../lib/json-highlight';

const classes = { key: 'k', string: 's', number: 'n', literal: 'l', plain: '' } as const;

/** `value` as the text the JSON views show and copy; nothing yet (still loading): empty. */
function formatJson(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** Copies `value` as formatted JSON and says so; disabled while there is nothing to copy. */
export function CopyJsonButton({ value, name }: { value: unknown; name: string }) {
  const { t } = useTranslation('components');
  const copy = () =>
    copyText(formatJson(value)).then(
      () => notify({ severity: 'success', title: t('json.copied', { name }) }),
      (error: unknown) => notifyError(t('copyFailed'), error),
    );
  return (
    <Button startIcon={<ContentCopyOutlined fontSize="small" />} onClick={() => void copy()} disabled={value === undefined}>
      {t('json.copy')}
    </Button>
  );
}

/**
 * Formatted, syntax-coloured JSON (an engine's inspect output) with a search (matches highlighted, counted,
 * stepped through with Enter or the arrows) and a copy button (`copy={false}`: the caller shows its own
 * `CopyJsonButton`). `children` stand between the search bar and the JSON (progress, errors).
 */
export function JsonView({ value, name, copy = true, children }: { value: unknown; name: string; copy?: boolean; children?: ReactNode }) {
  const { t } = useTranslation('components');
  const json = useMemo(() => formatJson(value), [value]);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const matches = useMemo(() => findMatches(json, query), [json, query]);
  const segments = useMemo(() => highlightJson(json, matches), [json, matches]);
  const [current, setCurrent] = useState(0);
  const shown = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  const body = useRef<HTMLPreElement>(null);

  useEffect(() => {
    if (shown >= 0) body.current?.querySelector(`[data-match="${shown}"]`)?.scrollIntoView({ block: 'center' });
  }, [shown, segments]);

  const step = (delta: number) => {
    if (matches.length > 0) setCurrent((shown + delta + matches.length) % matches.length);
  };

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <TextField
          label={t('json.search')}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setCurrent(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              step(event.shiftKey ? -1 : 1);
            }
          }}
          sx={{ flex: 1 }}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
        />
        <Typography
          variant="body2"
          color="text.secondary"
          role="status"
          data-testid="inspect-match-count"
          sx={{ minWidth: 88, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
        >
          {query ? (matches.length === 0 ? t('search.noMatches') : t('search.position', { index: shown + 1, count: matches.length })) : ''}
        </Typography>
        <IconButton aria-label={t('search.previous')} onClick={() => step(-1)} disabled={matches.length === 0}>
          <KeyboardArrowUp fontSize="small" />
        </IconButton>
        <IconButton aria-label={t('search.next')} onClick={() => step(1)} disabled={matches.length === 0}>
          <KeyboardArrowDown fontSize="small" />
        </IconButton>
        {copy && <CopyJsonButton value={value} name={name} />}
      </Box>
      {children}
      <Box
        component="pre"
        ref={body}
        aria-label={t('json.output', { name })}
        tabIndex={0}
        sx={(theme) => ({
          m: 0,
          p: 2,
          flex: 1,
          overflow: 'auto',
          fontFamily: monoFont,
          fontSize: 12,
          lineHeight: 1.55,
          whiteSpace: 'pre',
          bgcolor: 'code.surface',
          '& .k': { color: theme.palette.mode === 'dark' ? '#79c0ff' : '#0550ae' },
          '& .s': { color: theme.palette.mode === 'dark' ? '#a5d6ff' : '#0a3069' },
          '& .n': { color: theme.palette.mode === 'dark' ? '#ffa657' : '#953800' },
          '& .l': { color: theme.palette.mode === 'dark' ? '#ff7b72' : '#cf222e' },
          '& mark.current': { outline: `2px solid ${theme.palette.warning.main}`, bgcolor: 'warning.main', color: '#000' },
        })}
      >
        {segments.map((segment, index) => {
          const className = classes[segment.kind];
          if (segment.match === undefined) {
            return className ? (
              <span key={index} className={className}>
                {segment.text}
              </span>
            ) : (
              segment.text
            );
          }
          return (
            <mark key={index} data-match={segment.match} className={segment.match === shown ? `current ${className}` : className}>
              {segment.text}
            </mark>
          );
        })}
      </Box>
    </>
  );
}
