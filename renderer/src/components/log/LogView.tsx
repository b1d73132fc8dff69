import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUp from '@mui/icons-material/KeyboardArrowUp';
import KeyboardDoubleArrowDown from '@mui/icons-material/KeyboardDoubleArrowDown';
import SearchIcon from '@mui/icons-material/Search';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTheme, type Theme } from '@mui/material/styles';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import {
  memo,
  useDeferredValue,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';
import { codeSurface, monoFont } from '../theme';
import { parseAnsi, stripAnsi, type AnsiStyle } from './ansi';
import { LogSearch, compileSearch, markSegments, MAX_MATCHES, type CompiledSearch, type LogMatch } from './log-search';
import { MAX_LINE_WIDTH, type LogLine, type LogStore } from './log-store';
import { ansiColor, nameColor } from './palette';
import { LOG_BUFFER_CHOICES, setLogBufferSize } from './settings';

export const LOG_ROW_HEIGHT = 18;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 20;

export interface LogViewProps {
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

interface MatchInfo {
  count: number;
  /** Index of the current match, -1 for none. */
  index: number;
}

interface BodyHandle {
  /** Moves the current match by `delta` (wrapping). */
  step(delta: number): void;
}

/**
 * A virtualised log: only the rows in view are in the DOM, lines live in the store's bounded ring buffer,
 * and the log body renders at most once per animation frame however fast lines come (the toolbar does not
 * re-render with it). While following it stays at the bottom unless the user scrolled up (a button brings it
 * back). Search highlights every match (plain or regex, case toggle), with previous/next and a count.
 */
export function LogView({ store, label, fileName, showTimestamps, controls, status, emptyText = 'No output yet' }: LogViewProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<BodyHandle>(null);
  const [query, setQuery] = useState('');
  const [regex, setRegex] = useState(false);
  const [caseSensitive, setCaseSensitive] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const compiled = useMemo(() => compileSearch({ text: deferredQuery, regex, caseSensitive }), [deferredQuery, regex, caseSensitive]);
  const [info, setInfo] = useState<MatchInfo>({ count: 0, index: -1 });
  const [settingsAnchor, setSettingsAnchor] = useState<HTMLElement | null>(null);

  const download = () => {
    const buffer = store.buffer;
    const parts: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.at(i)!;
      parts.push(`${showTimestamps && line.time ? `${line.time} ` : ''}${line.container ? `${line.container} | ` : ''}${stripAnsi(line.text)}\n`);
    }
    const url = URL.createObjectURL(new Blob(parts, { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}.log`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const searchError = compiled && !compiled.ok ? compiled.error : null;
  const countText = !deferredQuery
    ? ''
    : searchError
      ? 'Bad pattern'
      : info.count === 0
        ? 'No matches'
        : `${info.index >= 0 ? info.index + 1 : '–'} of ${info.count.toLocaleString('en')}${info.count >= MAX_MATCHES ? '+' : ''}`;

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
        <TextField
          value={query}
          inputRef={searchRef}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              bodyRef.current?.step(event.shiftKey ? -1 : 1);
            } else if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            }
          }}
          placeholder="Search logs"
          error={Boolean(searchError)}
          sx={{ width: 240, '& .MuiInputBase-input': { py: '5px' } }}
          slotProps={{
            htmlInput: { 'aria-label': 'Search logs', spellCheck: false, title: searchError ?? undefined },
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
          <ToggleButton value="case" selected={caseSensitive} onChange={() => setCaseSensitive((v) => !v)} aria-label="Match case" sx={{ fontFamily: monoFont, px: '8px !important' }}>
            Aa
          </ToggleButton>
        </Tooltip>
        <Tooltip title="Regular expression">
          <ToggleButton value="regex" selected={regex} onChange={() => setRegex((v) => !v)} aria-label="Regular expression" sx={{ fontFamily: monoFont, px: '8px !important' }}>
            .*
          </ToggleButton>
        </Tooltip>
        <Typography variant="body2" color={searchError ? 'error' : 'text.secondary'} role="status" data-testid="log-match-count" sx={{ minWidth: 76, textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}>
          {countText}
        </Typography>
        <IconButton aria-label="Previous match" disabled={info.count === 0} onClick={() => bodyRef.current?.step(-1)}>
          <KeyboardArrowUp fontSize="small" />
        </IconButton>
        <IconButton aria-label="Next match" disabled={info.count === 0} onClick={() => bodyRef.current?.step(1)}>
          <KeyboardArrowDown fontSize="small" />
        </IconButton>
        <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
        <Tooltip title="Download as a .log file">
          <IconButton aria-label="Download logs" onClick={download}>
            <DownloadOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title="Clear the view (the container's log is kept)">
          <IconButton aria-label="Clear logs" onClick={() => store.clear()}>
            <DeleteSweepOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title="Log view settings">
          <IconButton aria-label="Log view settings" aria-haspopup="menu" onClick={(event) => setSettingsAnchor(event.currentTarget)}>
            <TuneOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        <Menu anchorEl={settingsAnchor} open={settingsAnchor !== null} onClose={() => setSettingsAnchor(null)}>
          <ListSubheader sx={{ lineHeight: '32px' }}>Keep at most</ListSubheader>
          {LOG_BUFFER_CHOICES.map((lines) => (
            <MenuItem
              key={lines}
              role="menuitemradio"
              aria-checked={store.buffer.capacity === lines}
              selected={store.buffer.capacity === lines}
              onClick={() => {
                setLogBufferSize(lines);
                store.setCapacity(lines);
                setSettingsAnchor(null);
              }}
            >
              {lines.toLocaleString('en')} lines
            </MenuItem>
          ))}
        </Menu>
      </Box>
      <LogBody ref={bodyRef} store={store} label={label} compiled={compiled} showTimestamps={showTimestamps} emptyText={emptyText} onInfo={setInfo} />
      <LogFooter store={store} status={status} />
    </Box>
  );
}

/** The line count under the log: follows the store on its own, so nothing else re-renders for it. */
const LogFooter = memo(function LogFooter({ store, status }: { store: LogStore; status?: string }) {
  useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const count = store.buffer.length;
  return (
    <Box sx={{ display: 'flex', gap: 2, px: 1.5, py: 0.5, borderTop: 1, borderColor: 'divider', color: 'text.secondary', fontSize: 12 }}>
      <span data-testid="log-line-count">
        {count.toLocaleString('en')} {count === 1 ? 'line' : 'lines'}
        {store.dropped > 0 && ` · ${store.dropped.toLocaleString('en')} older lines dropped (keeps the last ${store.buffer.capacity.toLocaleString('en')})`}
      </span>
      <Box sx={{ flex: 1 }} />
      {status && <span>{status}</span>}
    </Box>
  );
});

interface CurrentMatch {
  line: number;
  start: number;
}

const LogBody = memo(function LogBody({
  ref,
  store,
  label,
  compiled,
  showTimestamps,
  emptyText,
  onInfo,
}: {
  ref: Ref<BodyHandle>;
  store: LogStore;
  label: string;
  compiled: CompiledSearch;
  showTimestamps: boolean;
  emptyText: string;
  onInfo(info: MatchInfo): void;
}) {
  const theme = useTheme();
  const mode = theme.palette.mode;
  const version = useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const buffer = store.buffer;
  const count = buffer.length;
  const first = buffer.first;

  const scrollRef = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const [atBottom, setAtBottom] = useState(true);
  const previousFirst = useRef(first);
  // Fixed-height rows: which are in view follows from the scroll position alone (no per-row bookkeeping).
  const [viewport, setViewport] = useState({ top: 0, height: 0 });

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport({ top: element.scrollTop, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // --- search ---
  // eslint-disable-next-line react-hooks/exhaustive-deps -- buffer: a new one (capacity change) needs a new scan
  const search = useMemo(() => (compiled?.ok ? new LogSearch<LogLine>(compiled.pattern) : null), [compiled, buffer]);
  const matchCount = useMemo(() => {
    if (!search) return 0;
    search.update(buffer);
    return search.matches.length;
  }, [search, buffer, version]); // eslint-disable-line react-hooks/exhaustive-deps -- version: new lines arrived
  const [current, setCurrent] = useState<CurrentMatch | null>(null);
  const currentIndex = useMemo(() => {
    if (!search || !current || matchCount === 0) return -1;
    for (let i = search.firstAtOrAfter(current.line); i < search.matches.length; i++) {
      const m = search.matches[i]!;
      if (m.line !== current.line) break;
      if (m.start === current.start) return i;
    }
    return -1;
  }, [search, current, matchCount]);

  useEffect(() => onInfo({ count: matchCount, index: currentIndex }), [onInfo, matchCount, currentIndex]);

  const scrollToLine = (line: number) => {
    const element = scrollRef.current;
    if (!element) return;
    const index = line - buffer.first;
    element.scrollTop = Math.max(0, index * LOG_ROW_HEIGHT - element.clientHeight / 2 + LOG_ROW_HEIGHT / 2);
  };

  const goTo = (index: number) => {
    if (!search || search.matches.length === 0) return;
    const n = search.matches.length;
    const match = search.matches[((index % n) + n) % n]!;
    setCurrent({ line: match.line, start: match.start });
    stick.current = false;
    setAtBottom(false);
    scrollToLine(match.line);
  };

  useImperativeHandle(ref, () => ({ step: (delta) => goTo(currentIndex < 0 ? (delta > 0 ? 0 : -1) : currentIndex + delta) }));

  // A new search jumps to its first match at or after the top of the view (wrapping to the first).
  useEffect(() => {
    // Without a search or a match there is no current match (currentIndex is -1 then).
    if (!search) return;
    search.update(buffer);
    if (search.matches.length === 0) return;
    const top = buffer.first + Math.floor((scrollRef.current?.scrollTop ?? 0) / LOG_ROW_HEIGHT);
    const at = search.firstAtOrAfter(top);
    goTo(at < search.matches.length ? at : 0);
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the search itself changes

  // The current match's mark may be far to the right: bring it into view sideways too.
  useEffect(() => {
    if (currentIndex < 0) return;
    const frame = requestAnimationFrame(() =>
      scrollRef.current?.querySelector('mark[data-current="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [currentIndex, current]);

  // --- following ---
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const dropped = first - previousFirst.current;
    previousFirst.current = first;
    let top = element.scrollTop;
    if (stick.current) {
      top = Math.max(0, count * LOG_ROW_HEIGHT - element.clientHeight);
    } else if (dropped > 0) {
      // Lines left the front of the buffer: keep the ones being read where they were.
      top = Math.max(0, top - dropped * LOG_ROW_HEIGHT);
    }
    if (top !== element.scrollTop) element.scrollTop = top;
    // Rows for the new position in this same frame (the scroll event would come a frame later).
    setViewport((v) => (v.top === element.scrollTop && v.height === element.clientHeight ? v : { top: element.scrollTop, height: element.clientHeight }));
  }, [version, first, count]);

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element) return;
    const bottom = element.scrollTop + element.clientHeight >= element.scrollHeight - LOG_ROW_HEIGHT * 1.5;
    stick.current = bottom;
    setAtBottom(bottom);
    setViewport({ top: element.scrollTop, height: element.clientHeight });
  };

  const jumpToLatest = () => {
    stick.current = true;
    setAtBottom(true);
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
  };

  const hasContainer = buffer.at(0)?.container !== undefined;
  const widest = Math.min(store.widest, MAX_LINE_WIDTH) + (showTimestamps ? 32 : 0) + (hasContainer ? 24 : 0);
  const styles = useMemo(() => logRowStyles(theme.palette), [theme.palette]);

  const start = Math.max(0, Math.floor(viewport.top / LOG_ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((viewport.top + viewport.height) / LOG_ROW_HEIGHT) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const line = buffer.at(index);
    if (!line) continue;
    const number = first + index;
    let ranges: { start: number; end: number; index: number }[] | undefined;
    if (search && matchCount > 0) {
      for (let i = search.firstAtOrAfter(number); i < search.matches.length; i++) {
        const m: LogMatch = search.matches[i]!;
        if (m.line !== number) break;
        (ranges ??= []).push({ start: m.start, end: m.end, index: i });
      }
    }
    rows.push(
      <LogRow
        key={number}
        line={line}
        top={index * LOG_ROW_HEIGHT}
        ranges={ranges}
        currentMatch={ranges ? currentIndex : -1}
        showTime={showTimestamps}
        mode={mode}
        nameColor={line.container === undefined ? undefined : nameColor(store.containers.get(line.container) ?? 0, mode)}
      />,
    );
  }

  return (
    <Box sx={{ position: 'relative', flex: 1, minHeight: 0 }}>
      <Box
        ref={scrollRef}
        role="log"
        aria-label={label}
        aria-live="off"
        tabIndex={0}
        onScroll={onScroll}
        onWheel={(event) => {
          if (event.deltaY < 0) stick.current = false;
        }}
        sx={(t) => ({
          position: 'absolute',
          inset: 0,
          overflow: 'auto',
          fontFamily: monoFont,
          fontSize: 12,
          lineHeight: `${LOG_ROW_HEIGHT}px`,
          bgcolor: 'code.surface',
          outline: 'none',
          '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${t.palette.primary.main}` },
          '& [data-stream="stderr"]': { color: styles.stderr, boxShadow: `inset 2px 0 0 ${styles.stderr}` },
          '& .t': { color: styles.time, marginRight: '12px' },
          '& .c': { fontWeight: 600 },
          '& mark': { backgroundColor: styles.markBg, color: 'inherit', borderRadius: '2px' },
          '& mark[data-current="true"]': { backgroundColor: styles.currentBg, color: '#000', outline: `1px solid ${styles.currentOutline}` },
        })}
      >
        <div style={{ height: count * LOG_ROW_HEIGHT, width: `max(100%, calc(${widest}ch + 24px))`, position: 'relative', contain: 'strict' }}>{rows}</div>
      </Box>
      {count === 0 && (
        <Box sx={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', pointerEvents: 'none' }}>
          <Typography variant="body2" color="text.secondary">
            {emptyText}
          </Typography>
        </Box>
      )}
      {!atBottom && count > 0 && (
        <Button
          variant="contained"
          size="small"
          startIcon={<KeyboardDoubleArrowDown fontSize="small" />}
          onClick={jumpToLatest}
          sx={{ position: 'absolute', right: 20, bottom: 16, borderRadius: 4, boxShadow: 3 }}
        >
          Latest
        </Button>
      )}
    </Box>
  );
});

interface RowStyles {
  stderr: string;
  time: string;
  markBg: string;
  currentBg: string;
  currentOutline: string;
}

function logRowStyles(palette: Theme['palette']): RowStyles {
  const dark = palette.mode === 'dark';
  return {
    stderr: dark ? '#ff9492' : '#b3261e',
    time: palette.text.secondary,
    markBg: dark ? 'rgba(210, 153, 34, 0.4)' : 'rgba(255, 214, 0, 0.45)',
    currentBg: dark ? '#d29922' : '#ffb000',
    currentOutline: dark ? '#f0f6fc' : '#1f2328',
  };
}

const rowBase: CSSProperties = { position: 'absolute', left: 0, right: 0, height: LOG_ROW_HEIGHT, whiteSpace: 'pre', paddingLeft: 10, paddingRight: 12 };

/** One line; its look (stderr, time, marks) comes from the log's stylesheet, so a row is a div and its text. */
const LogRow = memo(function LogRow({
  line,
  top,
  ranges,
  currentMatch,
  showTime,
  mode,
  nameColor: containerColor,
}: {
  line: LogLine;
  top: number;
  ranges: { start: number; end: number; index: number }[] | undefined;
  currentMatch: number;
  showTime: boolean;
  mode: 'light' | 'dark';
  nameColor: string | undefined;
}) {
  const segments = markSegments(parseAnsi(line.text), ranges ?? []);
  return (
    <div data-stream={line.stream} style={{ ...rowBase, top }}>
      {showTime && line.time && <span className="t">{formatLogTime(line.time)}</span>}
      {line.container && (
        <span className="c" style={{ color: containerColor }}>
          {line.container} │{' '}
        </span>
      )}
      {segments.map((segment, index) => {
        const style = segmentStyle(segment.style, mode);
        if (segment.match === undefined) {
          return style ? (
            <span key={index} style={style}>
              {segment.text}
            </span>
          ) : (
            segment.text
          );
        }
        return (
          <mark key={index} data-current={segment.match === currentMatch ? 'true' : undefined} style={style}>
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
});

function segmentStyle(style: AnsiStyle | null, mode: 'light' | 'dark'): CSSProperties | undefined {
  if (!style) return undefined;
  let fg = style.fg === undefined ? undefined : ansiColor(style.fg, mode);
  let bg = style.bg === undefined ? undefined : ansiColor(style.bg, mode);
  if (style.inverse) [fg, bg] = [bg ?? codeSurface(mode), fg ?? (mode === 'dark' ? '#e6edf3' : '#1f2328')];
  const decorations = [style.underline && 'underline', style.strike && 'line-through'].filter(Boolean).join(' ');
  return {
    color: fg,
    backgroundColor: bg,
    fontWeight: style.bold ? 700 : undefined,
    opacity: style.dim ? 0.7 : undefined,
    fontStyle: style.italic ? 'italic' : undefined,
    textDecoration: decorations || undefined,
  };
}

/** The engine's RFC 3339 nano timestamp, shown as local date and time with milliseconds. */
export function formatLogTime(time: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return time;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
