import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import { useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { compileSearch, type SearchOptions } from './log-search';
import type { LogStore } from './log-store';
import { LogActions } from './LogActions';
import { LogBody, type LogBodyHandle } from './LogBody';
import { LogFooter } from './LogFooter';
import { LogSearchBar } from './LogSearchBar';
import type { MatchInfo } from './useLogMatches';

interface LogViewProps {
  store: LogStore;
  /** Accessible name of the log, e.g. "Logs of web-1". */
  label: string;
  /** The download's file name without extension. */
  fileName: string;
  showTimestamps: boolean;
  /** Controls before the search (follow, tail, since, timestamps). */
  controls?: ReactNode;
  /** A short state after the line count ("following", "ended"). */
  status?: string;
  /** Shown while there is no line. */
  emptyText?: string;
}

/**
 * A virtualised log: only the rows in view are in the DOM, lines live in the store's bounded ring buffer,
 * and the log body renders at most once per animation frame however fast lines come (the toolbar does not
 * re-render with it). While following it stays at the bottom unless the user scrolled up (a button brings it
 * back). Search highlights every match (plain or regex, case toggle), with previous/next and a count.
 */
export function LogView({ store, label, fileName, showTimestamps, controls, status, emptyText }: LogViewProps) {
  const { t } = useTranslation('components');
  const searchRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<LogBodyHandle>(null);
  const [search, setSearch] = useState<SearchOptions>({ text: '', regex: false, caseSensitive: false });
  // The search follows the typing when the browser has time: a keystroke never waits for a scan of the buffer.
  const searched = useDeferredValue(search.text);
  const compiled = useMemo(
    () => compileSearch({ text: searched, regex: search.regex, caseSensitive: search.caseSensitive }),
    [searched, search.regex, search.caseSensitive],
  );
  const [info, setInfo] = useState<MatchInfo>({ count: 0, index: -1 });

  return (
    <Box
      sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
          event.preventDefault();
          searchRef.current?.focus();
          searchRef.current?.select();
        }
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        {controls}
        <Box sx={{ flex: 1 }} />
        <LogSearchBar
          options={search}
          onChange={setSearch}
          inputRef={searchRef}
          searched={searched}
          error={compiled && !compiled.ok ? compiled.error : null}
          info={info}
          onStep={(delta) => bodyRef.current?.step(delta)}
        />
        <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
        <LogActions store={store} fileName={fileName} showTimestamps={showTimestamps} />
      </Box>
      <LogBody ref={bodyRef} store={store} label={label} compiled={compiled} showTimestamps={showTimestamps} emptyText={emptyText ?? t('log.empty')} onInfo={setInfo} />
      <LogFooter store={store} status={status} />
    </Box>
  );
}
