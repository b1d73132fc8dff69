/* Times as Berth writes them: relative ("3 min. ago", "3分钟前"), local date and time, durations, in the UI locale;
   and docker's own English durations, which the engine's status lines are written in. */
import { formatLocale, formatNumber } from './locale';

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relative(): Intl.RelativeTimeFormat {
  const locale = formatLocale();
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    relativeFormats.set(locale, format);
  }
  return format;
}
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 min. ago", "yesterday", "now" (3分钟前, 昨天, 现在): short enough for a dense column. */
export function formatRelative(epochSeconds: number, nowMs: number): string {
  const seconds = Math.round(nowMs / 1000 - epochSeconds);
  if (seconds < 45) return relative().format(0, 'second');
  for (const [unit, size] of units) {
    if (seconds >= size) return relative().format(-Math.floor(seconds / size), unit);
  }
  return relative().format(-1, 'minute');
}

export function formatDateTime(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toLocaleString(formatLocale());
}

/**
 * A duration in its largest whole unit, in the UI locale: "3 minutes", "2 hours", "3分钟", "2小时" (Intl's unit
 * format: Intl.DurationFormat is not in every engine Berth runs on yet).
 */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const [unit, size] =
    seconds < 60 ? (['second', 1] as const) : seconds < 3600 ? (['minute', 60] as const) : seconds < 48 * 3600 ? (['hour', 3600] as const) : (['day', 86400] as const);
  return formatNumber(Math.floor(seconds / size), { style: 'unit', unit, unitDisplay: 'long' });
}

/** The inverse of the engine's HumanDuration (go-units), as closely as its rounding allows. */
export function parseHumanDuration(text: string): number | null {
  if (text === 'Less than a second') return 0;
  if (text === 'About a minute') return 60;
  if (text === 'About an hour') return 3600;
  const match = /^(\d+) (second|minute|hour|day|week|month|year)s?$/.exec(text);
  if (!match) return null;
  const size = { second: 1, minute: 60, hour: 3600, day: 86400, week: 7 * 86400, month: 30 * 86400, year: 365 * 86400 };
  return Number(match[1]) * size[match[2] as keyof typeof size];
}

/** go-units HumanDuration, which the engine uses for "Up …" and "Exited (0) … ago". */
export function humanDuration(totalSeconds: number): string {
  const seconds = Math.floor(totalSeconds);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(totalSeconds / 3600);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(hours / 24 / 365)} years`;
}
