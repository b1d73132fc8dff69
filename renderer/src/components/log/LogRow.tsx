import type { Theme } from '@mui/material/styles';
import { memo, type CSSProperties } from 'react';
import { codeSurface } from '../theme';
import { parseAnsi, type AnsiStyle } from './ansi';
import { markSegments } from './log-search';
import type { LogLine } from './log-store';
import { ansiColor } from './palette';

/** Every row has this height: which rows are in view follows from the scroll position alone. */
export const LOG_ROW_HEIGHT = 18;

/** A search match inside one line: characters [start, end), and its index among all matches. */
export interface RowMatch {
  start: number;
  end: number;
  index: number;
}

interface LogRowStyles {
  stderr: string;
  time: string;
  markBg: string;
  currentBg: string;
  currentOutline: string;
}

/** The colours of the log's stylesheet that the theme does not name (stderr, marks). */
export function logRowStyles(palette: Theme['palette']): LogRowStyles {
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
export const LogRow = memo(function LogRow({
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
  ranges: RowMatch[] | undefined;
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
function formatLogTime(time: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return time;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
