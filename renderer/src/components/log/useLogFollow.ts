import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { LOG_ROW_HEIGHT } from './LogRow';

/**
 * The log's scroll position: while following it stays at the bottom unless the user scrolled up (then
 * `atBottom` is false and `jumpToLatest` brings it back); lines leaving the front of the buffer do not move
 * the ones being read. `viewport` is the scrolled box, from which the rows in view follow.
 */
export function useLogFollow({ version, first, count }: { version: number; first: number; count: number }) {
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

  const onWheel = (event: { deltaY: number }) => {
    if (event.deltaY < 0) stick.current = false;
  };

  const jumpToLatest = () => {
    stick.current = true;
    setAtBottom(true);
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
  };

  /** Stops following (the view is about to be moved to a search match). */
  const release = useCallback(() => {
    stick.current = false;
    setAtBottom(false);
  }, []);

  return { scrollRef, viewport, atBottom, onScroll, onWheel, jumpToLatest, release };
}
