/** One run of the pretty-printed JSON, with its syntax class and whether (and as which match) it is found. */
interface JsonSegment {
  text: string;
  kind: 'key' | 'string' | 'number' | 'literal' | 'plain';
  /** Index of the search match this segment belongs to, if any. */
  match?: number;
}

const tokenPattern = /("(?:\\.|[^"\\])*")(\s*:)?|\b(?:true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

function tokenize(text: string): JsonSegment[] {
  const out: JsonSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(tokenPattern)) {
    const start = m.index;
    if (start > last) out.push({ text: text.slice(last, start), kind: 'plain' });
    if (m[1] !== undefined) {
      out.push({ text: m[1], kind: m[2] !== undefined ? 'key' : 'string' });
      if (m[2]) out.push({ text: m[2], kind: 'plain' });
    } else {
      out.push({ text: m[0], kind: /^[-\d]/.test(m[0]) ? 'number' : 'literal' });
    }
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), kind: 'plain' });
  return out;
}

/** Where `query` occurs in `text`, case-insensitively, as [start, end) ranges. */
export function findMatches(text: string, query: string): [number, number][] {
  const needle = query.toLowerCase();
  if (!needle) return [];
  const haystack = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    ranges.push([at, at + needle.length]);
  }
  return ranges;
}

/**
 * Syntax-coloured segments of `text` with the search matches cut out as their own segments (a match may
 * span several tokens, so each token is split at match boundaries).
 */
export function highlightJson(text: string, matches: readonly [number, number][]): JsonSegment[] {
  const tokens = tokenize(text);
  if (matches.length === 0) return tokens;
  const out: JsonSegment[] = [];
  let offset = 0;
  let m = 0;
  for (const token of tokens) {
    const end = offset + token.text.length;
    let at = offset;
    while (at < end) {
      while (m < matches.length && matches[m]![1] <= at) m++;
      const match = matches[m];
      if (!match || match[0] >= end) {
        out.push({ ...token, text: text.slice(at, end) });
        at = end;
      } else if (match[0] > at) {
        out.push({ ...token, text: text.slice(at, match[0]) });
        at = match[0];
      } else {
        const stop = Math.min(end, match[1]);
        out.push({ text: text.slice(at, stop), kind: token.kind, match: m });
        at = stop;
      }
    }
    offset = end;
  }
  return out;
}
