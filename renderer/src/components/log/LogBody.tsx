import KeyboardDoubleArrowDown from '@mui/icons-material/KeyboardDoubleArrowDown';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { memo, useImperativeHandle, useMemo, useSyncExternalStore, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { monoFont } from '../theme';
import type { CompiledSearch } from './log-search';
import { MAX_LINE_WIDTH, type LogStore } from './log-store';
import { LOG_ROW_HEIGHT, LogRow, logRowStyles } from './LogRow';
import { nameColor } from './palette';
import { useLogFollow } from './useLogFollow';
import { useLogMatches, type MatchInfo } from './useLogMatches';

/** Rows rendered above and below the visible ones. */
const OVERSCAN = 20;

export interface LogBodyHandle {
  /** Moves the current match by `delta` (wrapping). */
  step(delta: number): void;
}

/**
 * The scrolled lines: only the rows in view are in the DOM, and this renders at most once per animation
 * frame however fast lines come (the store tells it so); the toolbar around it does not re-render with it.
 */
export const LogBody = memo(function LogBody({
  ref,
  store,
  label,
  compiled,
  showTimestamps,
  emptyText,
  onInfo,
}: {
  ref: Ref<LogBodyHandle>;
  store: LogStore;
  label: string;
  compiled: CompiledSearch;
  showTimestamps: boolean;
  emptyText: string;
  onInfo(info: MatchInfo): void;
}) {
  const { t } = useTranslation('components');
  const theme = useTheme();
  const mode = theme.palette.mode;
  const version = useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const buffer = store.buffer;
  const count = buffer.length;
  const first = buffer.first;

  const { scrollRef, viewport, atBottom, onScroll, onWheel, jumpToLatest, release } = useLogFollow({ version, first, count });
  const { currentIndex, step, matchesOn } = useLogMatches({ buffer, version, compiled, scrollRef, release, onInfo });
  useImperativeHandle(ref, () => ({ step }));

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
    const ranges = matchesOn(number);
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
        onWheel={onWheel}
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
          {t('log.latest')}
        </Button>
      )}
    </Box>
  );
});
