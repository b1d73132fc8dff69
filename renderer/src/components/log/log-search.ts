import { stripAnsi, type AnsiSegment } from './ansi';
import type { RingBuffer } from './ring-buffer';

export interface SearchOptions {
  text: string;
  regex: boolean;
  caseSensitive: boolean;
}

/** One occurrence: the line's absolute number and the range in its text without escapes. */
interface LogMatch {
  line: number;
  start: number;
  end: number;
}

/** Past this many occurrences the search stops counting (and says so). */
export const MAX_MATCHES = 100_000;

export type CompiledSearch = { ok: true; pattern: RegExp } | { ok: false; error: string } | null;

/** The search as a global RegExp; null for an empty search; an error for a regular expression that does not compile. */
export function compileSearch({ text, regex, caseSensitive }: SearchOptions): CompiledSearch {
  if (!text) return null;
  const source = regex ? text : text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  try {
    return { ok: true, pattern: new RegExp(source, caseSensitive ? 'g' : 'gi') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error) };
  }
}

/** The occurrences of `pattern` in one line's text (escapes removed); empty matches are skipped. */
export function matchesInText(pattern: RegExp, text: string): [number, number][] {
  const plain = stripAnsi(text);
  const out: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(plain); m; m = pattern.exec(plain)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * The matches of one search over a growing, bounded log: `update` scans only the lines added since the
 * last call and forgets matches on lines that have left the buffer, so following a busy log while a search
 * is open costs only the new lines.
 */
export class LogSearch<L extends { text: string }> {
  readonly matches: LogMatch[] = [];
  /** Absolute number of the next line to scan. */
  #scanned = 0;
  #truncated = false;
  readonly pattern: RegExp;

  constructor(pattern: RegExp) {
    this.pattern = pattern;
  }

  /** True when it stopped counting at MAX_MATCHES. */
  get truncated(): boolean {
    return this.#truncated;
  }

  /** Brings the matches up to date with the buffer; returns whether they changed. */
  update(buffer: RingBuffer<L>): boolean {
    let changed = false;
    let drop = 0;
    while (drop < this.matches.length && this.matches[drop]!.line < buffer.first) drop++;
    if (drop > 0) {
      this.matches.splice(0, drop);
      this.#truncated = false;
      changed = true;
    }
    for (let line = Math.max(this.#scanned, buffer.first); line < buffer.end; line++) {
      if (this.matches.length >= MAX_MATCHES) {
        this.#truncated = true;
        break;
      }
      for (const [start, end] of matchesInText(this.pattern, buffer.byNumber(line)!.text)) {
        this.matches.push({ line, start, end });
        changed = true;
      }
    }
    this.#scanned = buffer.end;
    return changed;
  }

  /** The index in `matches` of the first match on or after this line (matches.length if none). */
  firstAtOrAfter(line: number): number {
    let lo = 0;
    let hi = this.matches.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.matches[mid]!.line < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface MarkedSegment extends AnsiSegment {
  /** The global index of the match this piece belongs to. */
  match?: number;
}

/**
 * Cuts styled segments at match boundaries so that each match can be wrapped in a <mark>. `ranges` are in
 * the coordinates of the text without escapes (which is what the segments' texts add up to), sorted,
 * each with its global match index.
 */
export function markSegments(segments: readonly AnsiSegment[], ranges: readonly { start: number; end: number; index: number }[]): MarkedSegment[] {
  if (ranges.length === 0) return segments as MarkedSegment[];
  const out: MarkedSegment[] = [];
  let offset = 0;
  let r = 0;
  for (const segment of segments) {
    const segEnd = offset + segment.text.length;
    let at = offset;
    while (at < segEnd) {
      while (r < ranges.length && ranges[r]!.end <= at) r++;
      const range = ranges[r];
      if (!range || range.start >= segEnd) {
        out.push({ text: segment.text.slice(at - offset), style: segment.style });
        at = segEnd;
      } else if (range.start > at) {
        out.push({ text: segment.text.slice(at - offset, range.start - offset), style: segment.style });
        at = range.start;
      } else {
        const stop = Math.min(segEnd, range.end);
        out.push({ text: segment.text.slice(at - offset, stop - offset), style: segment.style, match: range.index });
        at = stop;
      }
    }
    offset = segEnd;
  }
  return out;
}
