/*
 * Where the cursor is in a YAML block structure, read from the lines' indentation: the path of keys and
 * sequence items above it, and whether a key or a value is being typed. It works on a half-typed file (the
 * text is never a valid document while one types), so it reads lines, not a parse tree. Flow collections
 * (`[a, b]`, `{a: b}`) and block scalars are not entered: no completion there.
 */

/** Keys (strings) and sequence items (their index) from the document's root down. */
export type YamlPath = readonly (string | number)[];

export interface CursorContext {
  /** `key`: the mapping (or sequence item) where a key is being typed; `value`: the key whose value is. */
  path: YamlPath;
  kind: 'key' | 'value';
  /** The column (0-based) where the word being typed starts: a completion replaces from here to the cursor. */
  fromColumn: number;
  /** The keys the mapping already has (not offered again); for `key` only. */
  siblings: readonly string[];
}

interface Dash {
  kind: 'dash';
  col: number;
}
interface Key {
  kind: 'key';
  col: number;
  key: string;
  /** What follows `key:` on the line, comment left out. */
  value: string;
}
type YamlNode = Dash | Key;

interface ParsedLine {
  nodes: YamlNode[];
  /** The text after the line's dashes, and where it starts. */
  rest: string;
  restCol: number;
}

/** `key:` at the start of the text: plain, "double" or 'single' quoted; a colon needs a space or the end after it. */
const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#"'{}[\],&*!|>%@`?:-][^:#]*?|[?:-][^\s:#][^:#]*?))[ \t]*:(?=[ \t]|$)/;
/** A word being typed: a key, or a plain scalar value. */
const WORD = /^[\w.-]*$/;

function parseLine(line: string): ParsedLine {
  const nodes: YamlNode[] = [];
  let col = 0;
  while (line[col] === ' ') col++;
  if (col === line.length || line[col] === '#') return { nodes, rest: '', restCol: col };
  while (line[col] === '-' && (col + 1 === line.length || line[col + 1] === ' ')) {
    nodes.push({ kind: 'dash', col });
    col++;
    while (line[col] === ' ') col++;
  }
  const rest = line.slice(col);
  const match = KEY.exec(rest);
  if (match) {
    const key = match[1] ?? match[2]?.replace(/''/g, "'") ?? match[3]!.trimEnd();
    nodes.push({ kind: 'key', col, key, value: withoutComment(rest.slice(match[0].length)).trim() });
  }
  return { nodes, rest, restCol: col };
}

const withoutComment = (value: string) => value.replace(/(^|\s)#.*$/, '');
const isDocumentMarker = (line: string) => /^(---|\.\.\.)(\s|$)/.test(line);
/** A block scalar (`|`, `>-`…): the lines under it are text, not structure. */
const isBlockScalar = (value: string) => /^[|>]/.test(value);

/**
 * The cursor's context at `column` of line `line` (both 0-based) of `lines`, or null where no completion
 * applies (in a comment, a quoted string, a flow collection, a block scalar).
 */
export function cursorContext(lines: readonly string[], line: number, column: number): CursorContext | null {
  const current = lines[line];
  if (current === undefined) return null;
  const before = current.slice(0, column);
  // In a comment (or past a # in a quoted value, where nothing is offered either).
  if (isDocumentMarker(before) || /(^|\s)#/.test(before)) return null;
  const parsed = parseLine(before);
  const last = parsed.nodes.at(-1);

  // Innermost first; reversed at the end.
  const segments: (string | number)[] = [];
  let kind: CursorContext['kind'];
  let fromColumn: number;
  if (last?.kind === 'key') {
    // `key: val|` — a value, when it is a plain word so far.
    const typed = before.slice(last.col).replace(KEY, '');
    if (!/^[ \t]/.test(typed)) return null;
    const word = typed.trimStart();
    if (!WORD.test(word)) return null;
    kind = 'value';
    fromColumn = column - word.length;
    segments.push(last.key);
  } else {
    if (!WORD.test(parsed.rest)) return null;
    kind = 'key';
    fromColumn = parsed.restCol;
  }

  // The nodes of the cursor's own line: the dashes before the word (and the key whose value is typed).
  const dashes = parsed.nodes.filter((node): node is Dash => node.kind === 'dash');
  for (let i = dashes.length - 1; i >= 1; i--) segments.push(0); // `- - x`: an inner sequence's first item
  let need = dashes[0]?.col ?? (last?.kind === 'key' ? last.col : fromColumn);
  let innerIsDash = dashes.length > 0;
  let itemIndex = 0;
  const siblings = kind === 'key' ? keysBelow(lines, line, fromColumn) : [];
  // The mapping's keys above the cursor too, unless the cursor starts a new sequence item (`- |`).
  let collecting = kind === 'key' && !innerIsDash;

  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i]!;
    if (isDocumentMarker(text)) break;
    const { nodes } = parseLine(text);
    if (nodes.length === 0 || nodes[0]!.col > need) continue;
    const same = nodes.findIndex((node) => node.col === need);
    let parentAt: number;
    const sameNode = nodes[same];
    if (sameNode && innerIsDash && sameNode.kind === 'key' && sameNode.value === '') {
      parentAt = same; // a sequence written at its key's own indentation ("ports:\n- 80")
    } else if (sameNode) {
      if (sameNode.kind === 'dash' && innerIsDash) itemIndex++;
      else if (sameNode.kind === 'key' && !innerIsDash && collecting) siblings.push(sameNode.key);
      parentAt = same - 1;
      if (parentAt < 0) continue;
    } else {
      parentAt = nodes.findLastIndex((node) => node.col < need);
    }
    const parent = nodes[parentAt]!;
    if (parent.kind === 'key' && isBlockScalar(parent.value)) return null;
    if (innerIsDash) segments.push(itemIndex);
    collecting = false;
    for (let j = parentAt; j >= 1; j--) {
      const node = nodes[j]!;
      segments.push(node.kind === 'key' ? node.key : 0);
    }
    const outer = nodes[0]!;
    need = outer.col;
    innerIsDash = outer.kind === 'dash';
    itemIndex = 0;
    if (outer.kind === 'key') segments.push(outer.key);
  }
  if (innerIsDash) segments.push(itemIndex);
  return { path: segments.reverse(), kind, fromColumn, siblings: kind === 'key' ? siblings : [] };
}

/** The keys at `column` in the lines after `line` that belong to the same mapping (until it ends). */
function keysBelow(lines: readonly string[], line: number, column: number): string[] {
  const keys: string[] = [];
  for (let i = line + 1; i < lines.length; i++) {
    const text = lines[i]!;
    if (isDocumentMarker(text)) break;
    const { nodes } = parseLine(text);
    const first = nodes[0];
    if (!first || first.col > column) continue;
    if (first.col < column || first.kind !== 'key') break;
    keys.push(first.key);
  }
  return keys;
}
