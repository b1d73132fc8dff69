import type { TFunction } from 'i18next';
import type { ComposeDiagnostic } from '../../../../../shared/contract/compose';

/*
 * Main's diagnostics (1-based line and column, a code and its params) as the editor shows them: a range of the
 * document, and a sentence in the UI language.
 */

type Wordable = Pick<ComposeDiagnostic, 'code' | 'params' | 'message' | 'file'>;

/**
 * The message key and values of a diagnostic's sentence, from the params main sends with each code; null when
 * main did not send what the sentence needs. `yaml` and `schema-other` carry the parser's or the schema
 * checker's own words (`reason`, `message`), shown as they are.
 */
function wording({ code, params, message, file }: Wordable): { key: string; values: Record<string, string> } | null {
  const given = (name: string) => params[name];
  const needs = (name: string, key: string = code) => {
    const value = given(name);
    return value === undefined ? null : { key, values: { [name]: value } };
  };
  switch (code) {
    case 'yaml':
      return { key: code, values: { detail: given('reason') ?? message } };
    case 'schema-other':
      return { key: code, values: { detail: given('message') ?? message } };
    case 'not-a-mapping':
      return { key: code, values: { empty: given('found') === 'nothing' ? 'yes' : 'no' } };
    case 'schema-unknown-key':
    case 'schema-required':
      return needs('key');
    case 'schema-type':
      return needs('expected');
    case 'schema-enum':
      return needs('allowed');
    case 'schema-pattern':
      return needs('pattern');
    case 'schema-format':
      return needs('format');
    case 'variable-unset':
      return needs('variable');
    case 'variable-required': {
      // `${VAR:?message}`: the file's own words for why it must be set.
      const why = given('message');
      const base = needs('variable');
      return base && why ? { key: 'variable-required-message', values: { ...base.values, message: why } } : base;
    }
    case 'variable-syntax':
      return needs('text');
    case 'file-missing':
      return { key: code, values: { path: file } };
  }
}

/** A diagnostic's sentence in the UI language (`t` of the composeEditor namespace), else main's own. */
export function diagnosticText(diagnostic: Wordable, t: TFunction): string {
  const words = wording(diagnostic);
  return words ? t(`diagnostic.${words.key}`, words.values) : diagnostic.message;
}

/** A line of the document: where it starts (offset) and how long it is. */
export interface LineSpan {
  from: number;
  length: number;
}

/**
 * The offsets of a diagnostic in a document of `lineCount` lines (`line(n)` for 1-based n). Columns count
 * UTF-16 units, as main's YAML parser does. Places past the end (main checked a slightly different text)
 * are clamped to the document; an end before the start is the start.
 */
export function diagnosticRange(
  diagnostic: Pick<ComposeDiagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>,
  lineCount: number,
  line: (n: number) => LineSpan,
): { from: number; to: number } {
  const offset = (lineNumber: number, column: number) => {
    const span = line(Math.min(Math.max(lineNumber, 1), lineCount));
    return span.from + Math.min(Math.max(column - 1, 0), span.length);
  };
  const from = offset(diagnostic.line, diagnostic.column);
  return { from, to: Math.max(from, offset(diagnostic.endLine, diagnostic.endColumn)) };
}

/** How many errors and warnings. */
export function problemCounts(diagnostics: readonly Pick<ComposeDiagnostic, 'severity'>[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}
