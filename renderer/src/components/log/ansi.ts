/**
 * A small ANSI escape reader for log lines: SGR sequences (ESC [ … m) become styles on text segments; every
 * other escape (cursor moves, erase line, OSC titles and links) is dropped. Colours are kept as the
 * palette index (0–255) or a #rrggbb string, so the view can map the 16 basic colours to its theme.
 */
export type AnsiColor = number | string;

export interface AnsiStyle {
  fg?: AnsiColor;
  bg?: AnsiColor;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  strike?: boolean;
}

export interface AnsiSegment {
  text: string;
  /** null: the default style. */
  style: AnsiStyle | null;
}

// CSI (with its parameters), OSC (ended by BEL or ST), and the two-character escapes.
// eslint-disable-next-line no-control-regex
const ESCAPE = /\x1b\[([0-9;:?<=>]*)[ -/]*([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x1b/g;

/** The text without any escape sequence. */
export function stripAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(ESCAPE, '') : text;
}

/** Segments of `text` with their SGR style; consecutive text of one style is one segment. */
export function parseAnsi(text: string): AnsiSegment[] {
  if (!text.includes('\x1b')) return text ? [{ text, style: null }] : [];
  const segments: AnsiSegment[] = [];
  let style: AnsiStyle = {};
  let last = 0;
  const push = (chunk: string) => {
    if (!chunk) return;
    const current = isDefault(style) ? null : { ...style };
    const previous = segments[segments.length - 1];
    if (previous && sameStyle(previous.style, current)) previous.text += chunk;
    else segments.push({ text: chunk, style: current });
  };
  for (const match of text.matchAll(ESCAPE)) {
    push(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[2] === 'm') style = applySgr(style, match[1] ?? '');
  }
  push(text.slice(last));
  return segments;
}

function applySgr(current: AnsiStyle, params: string): AnsiStyle {
  const style = { ...current };
  // Sub-parameters (38:2::r:g:b) are read like the ; form.
  const codes = (params === '' ? '0' : params).split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === 0) {
      for (const key of Object.keys(style) as (keyof AnsiStyle)[]) delete style[key];
    } else if (code === 1) style.bold = true;
    else if (code === 2) style.dim = true;
    else if (code === 3) style.italic = true;
    else if (code === 4) style.underline = true;
    else if (code === 7) style.inverse = true;
    else if (code === 9) style.strike = true;
    else if (code === 21 || code === 22) {
      delete style.bold;
      delete style.dim;
    } else if (code === 23) delete style.italic;
    else if (code === 24) delete style.underline;
    else if (code === 27) delete style.inverse;
    else if (code === 29) delete style.strike;
    else if (code >= 30 && code <= 37) style.fg = code - 30;
    else if (code >= 90 && code <= 97) style.fg = code - 90 + 8;
    else if (code >= 40 && code <= 47) style.bg = code - 40;
    else if (code >= 100 && code <= 107) style.bg = code - 100 + 8;
    else if (code === 39) delete style.fg;
    else if (code === 49) delete style.bg;
    else if (code === 38 || code === 48) {
      const key = code === 38 ? 'fg' : 'bg';
      const mode = codes[i + 1];
      if (mode === 5 && codes[i + 2] !== undefined) {
        style[key] = clamp(codes[i + 2]!);
        i += 2;
      } else if (mode === 2 && codes[i + 4] !== undefined) {
        // 38;2;r;g;b — with the colon form a colour-space id may come first (38:2::r:g:b), read as 0 here.
        const rgb = codes.slice(i + 2, i + 5).map(clamp);
        style[key] = `#${rgb.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
        i += 4;
      } else {
        i = codes.length; // malformed: ignore the rest
      }
    }
  }
  return style;
}

const clamp = (n: number) => Math.max(0, Math.min(255, Math.trunc(n) || 0));

function isDefault(style: AnsiStyle): boolean {
  return Object.keys(style).length === 0;
}

function sameStyle(a: AnsiStyle | null, b: AnsiStyle | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof AnsiStyle>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** xterm's 256-colour palette entry for indices 16–255 (the cube and the greys), as #rrggbb. */
export function paletteColor(index: number): string {
  if (index >= 232) {
    const level = 8 + (index - 232) * 10;
    return `#${level.toString(16).padStart(2, '0').repeat(3)}`;
  }
  const n = index - 16;
  const steps = [0, 95, 135, 175, 215, 255];
  const rgb = [Math.floor(n / 36), Math.floor(n / 6) % 6, n % 6].map((v) => steps[v]!);
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
