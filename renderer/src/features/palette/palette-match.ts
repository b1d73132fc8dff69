/*
 * The command palette's matching and ranking, pure. A query matches a text when each of its words is found
 * in it, in order of letters (fuzzy: "wb1" finds "web-1"). What reads as a better match scores higher: the
 * whole text, then a prefix, then a word start, then a substring, then scattered letters (fewer gaps first).
 */

interface TextMatch {
  score: number;
  /** Indexes of the matched characters in the text, ascending (for highlighting). */
  positions: number[];
}

const BOUNDARY = /[\s\-_./:@]/;

function isBoundary(text: string, index: number): boolean {
  return index === 0 || BOUNDARY.test(text[index - 1]!);
}

/** One word of a query against a text (case-insensitive), or null. */
export function matchWord(word: string, text: string): TextMatch | null {
  const q = word.toLowerCase();
  const t = text.toLowerCase();
  if (!q) return { score: 0, positions: [] };
  if (q.length > t.length) return null;
  const range = (start: number) => Array.from({ length: q.length }, (_, i) => start + i);
  if (t === q) return { score: 1000, positions: range(0) };
  if (t.startsWith(q)) return { score: 900 - Math.min(99, t.length - q.length), positions: range(0) };
  // A substring at a word start ("web" in "my-web-1"), then anywhere.
  const anywhere = t.indexOf(q);
  if (anywhere > 0) {
    for (let at = anywhere; at >= 0; at = t.indexOf(q, at + 1)) {
      if (isBoundary(t, at)) return { score: 800 - Math.min(99, at), positions: range(at) };
    }
    return { score: 600 - Math.min(99, anywhere), positions: range(anywhere) };
  }
  // Scattered letters, preferring word starts (if that leaves later letters unmatched: the earliest ones).
  const positions = scatter(q, t, true) ?? scatter(q, t, false);
  if (!positions) return null;
  let score = 300;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    if (isBoundary(t, position)) score += 12;
    if (i > 0 && position === positions[i - 1]! + 1) score += 8;
    else if (i > 0) score -= Math.min(10, position - positions[i - 1]! - 1);
  }
  score -= Math.min(50, positions[0]!);
  return { score: Math.max(1, Math.min(499, score)), positions };
}

function scatter(q: string, t: string, preferWordStarts: boolean): number[] | null {
  const positions: number[] = [];
  let from = 0;
  for (const char of q) {
    let index = -1;
    for (let i = from; i < t.length; i++) {
      if (t[i] !== char) continue;
      if (index < 0) index = i;
      if (!preferWordStarts || i === from || isBoundary(t, i)) {
        index = i;
        break;
      }
    }
    if (index < 0) return null;
    positions.push(index);
    from = index + 1;
  }
  return positions;
}

/** Every word of the query against the text; the score is the sum, the positions the union. */
export function matchQuery(query: string, text: string): TextMatch | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { score: 0, positions: [] };
  let score = 0;
  const positions = new Set<number>();
  for (const word of words) {
    const match = matchWord(word, text);
    if (!match) return null;
    score += match.score;
    for (const p of match.positions) positions.add(p);
  }
  return { score, positions: [...positions].sort((a, b) => a - b) };
}

export interface Rankable {
  title: string;
  /**
   * The title in English when the UI is in another language: a query matches it as well as the title, as
   * much (nothing of the shown title is highlighted then), so that "restart" finds 重启 too.
   */
  altTitle?: string;
  /** More text the query may match (an image's id, a container's image), worth less than the title. */
  keywords?: string;
  /** Among equal scores, lower comes first (e.g. a group's order). */
  order?: number;
}

export interface Ranked<T> {
  item: T;
  score: number;
  /** Matched characters of the title (none when only the keywords matched). */
  positions: number[];
}

/**
 * The items matching a query, best first (ties: `order`, then the title), at most `limit`. An empty query
 * keeps every item in its given order.
 */
export function rankItems<T extends Rankable>(items: readonly T[], query: string, limit = Infinity): Ranked<T>[] {
  const q = query.trim();
  if (!q) return items.slice(0, limit).map((item) => ({ item, score: 0, positions: [] }));
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const title = matchQuery(q, item.title);
    if (title) {
      ranked.push({ item, score: title.score, positions: title.positions });
      continue;
    }
    const alt = item.altTitle ? matchQuery(q, item.altTitle) : null;
    if (alt) {
      ranked.push({ item, score: alt.score, positions: [] });
      continue;
    }
    const keywords = item.keywords ? matchQuery(q, `${item.title} ${item.altTitle ? `${item.altTitle} ` : ''}${item.keywords}`) : null;
    if (keywords) ranked.push({ item, score: keywords.score / 2, positions: [] });
  }
  ranked.sort((a, b) => b.score - a.score || (a.item.order ?? 0) - (b.item.order ?? 0) || a.item.title.localeCompare(b.item.title));
  return ranked.slice(0, limit);
}

/** A title split into plain and matched runs, for highlighting. */
export function highlightRuns(title: string, positions: readonly number[]): { text: string; match: boolean }[] {
  if (positions.length === 0) return [{ text: title, match: false }];
  const marked = new Set(positions);
  const runs: { text: string; match: boolean }[] = [];
  for (let i = 0; i < title.length; i++) {
    const match = marked.has(i);
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += title[i];
    else runs.push({ text: title[i]!, match });
  }
  return runs;
}
