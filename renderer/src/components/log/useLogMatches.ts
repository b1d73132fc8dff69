import { useEffect, useMemo, useState, type RefObject } from 'react';
import { LogSearch, type CompiledSearch } from './log-search';
import type { LogLine } from './log-store';
import { LOG_ROW_HEIGHT, type RowMatch } from './LogRow';
import type { RingBuffer } from './ring-buffer';

export interface MatchInfo {
  count: number;
  /** Index of the current match, -1 for none. */
  index: number;
}

interface CurrentMatch {
  line: number;
  start: number;
}

/**
 * The search over the log's lines: every match (kept up to date as lines arrive), the current one, and moving
 * it (which scrolls the view there and stops following). A new search jumps to its first match at or after
 * the top of the view. The count and current index go to `onInfo` for the toolbar.
 */
export function useLogMatches({
  buffer,
  version,
  compiled,
  scrollRef,
  release,
  onInfo,
}: {
  buffer: RingBuffer<LogLine>;
  version: number;
  compiled: CompiledSearch;
  scrollRef: RefObject<HTMLDivElement | null>;
  release(): void;
  onInfo(info: MatchInfo): void;
}) {
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
    release();
    scrollToLine(match.line);
  };

  /** Moves the current match by `delta` (wrapping); without one, to the first (or last) match. */
  const step = (delta: number) => goTo(currentIndex < 0 ? (delta > 0 ? 0 : -1) : currentIndex + delta);

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
  }, [currentIndex, current, scrollRef]);

  /** The matches on line `number` (absolute), or undefined when it has none. */
  const matchesOn = (number: number): RowMatch[] | undefined => {
    if (!search || matchCount === 0) return undefined;
    let ranges: RowMatch[] | undefined;
    for (let i = search.firstAtOrAfter(number); i < search.matches.length; i++) {
      const m = search.matches[i]!;
      if (m.line !== number) break;
      (ranges ??= []).push({ start: m.start, end: m.end, index: i });
    }
    return ranges;
  };

  return { currentIndex, step, matchesOn };
}
