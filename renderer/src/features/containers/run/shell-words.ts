import type { TFunction } from 'i18next';

/**
 * Splits a command line into words the way a POSIX shell does for a simple command: blanks separate words,
 * 'single quotes' keep everything literally, "double quotes" keep blanks but let \ escape $ ` " \ and a
 * newline, and a bare \ escapes the next character. No expansion ($VAR, globs) happens: the words go to
 * the engine as an exec-form array, exactly as typed.
 */
/** Why a line cannot be split: a key of `run:shellWords` (see `shellWordsError`). */
export type ShellWordsError = 'singleQuote' | 'doubleQuote' | 'trailingBackslash';

type SplitResult = { ok: true; words: string[] } | { ok: false; error: ShellWordsError };

/** The words for a split's error, from any namespace's `t` (the `run` namespace must be loaded). */
export function shellWordsError(error: ShellWordsError, t: TFunction): string {
  return t(`run:shellWords.${error}`);
}

export function splitShellWords(line: string): SplitResult {
  const words: string[] = [];
  let word = '';
  /** Whether a word has started (so that '' counts as an empty word). */
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: 'singleQuote' };
      word += line.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const c = line[i]!;
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === '\\' && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
          if (line[i + 1] !== '\n') word += line[i + 1];
          i += 2;
          continue;
        }
        word += c;
        i++;
      }
      if (!closed) return { ok: false, error: 'doubleQuote' };
    } else if (ch === '\\') {
      if (i + 1 >= line.length) return { ok: false, error: 'trailingBackslash' };
      if (line[i + 1] !== '\n') word += line[i + 1];
      else if (word === '') inWord = false; // a line continuation between words
      i += 2;
    } else {
      word += ch;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}
