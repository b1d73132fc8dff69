/*
 * Compose's variable substitution in one string, as compose v2 (compose-go) does it: `$$` is a literal `$`;
 * `$VAR` and `${VAR}`; `${VAR:-default}` / `${VAR-default}` (unset or empty / unset); `${VAR:?message}` /
 * `${VAR?message}` (required); `${VAR:+alt}` / `${VAR+alt}` (alt when set). Defaults and alternatives may hold
 * variables themselves, and are only expanded when used, as compose does.
 *
 * One difference, on purpose: compose only warns about an unset variable without a default and goes on with a
 * blank, which turns `image: app:${TAG}` into `image: app:` or a port `${PORT}:80` into `:80` — surprises that
 * surface later, far from their cause. Berth reports it as an error at its place, before anything runs.
 */

export type Lookup = (name: string) => string | undefined;

export type InterpolationProblem =
  | { code: 'variable-unset'; variable: string }
  | { code: 'variable-required'; variable: string; message: string }
  | { code: 'variable-syntax'; reason: string }
  /** The expanded text would pass `maxLength` (variables that hold a lot, used many times). */
  | { code: 'too-large' };

export type InterpolationResult = { ok: true; value: string } | { ok: false; problem: InterpolationProblem };

/** Nested defaults deeper than this are refused, so that a hostile text cannot exhaust the stack. */
const MAX_NESTING = 32;
const NAME = /[_a-zA-Z][_a-zA-Z0-9]*/y;
const OPERATOR = /:?[-?+]/y;

class Problem extends Error {
  constructor(readonly problem: InterpolationProblem) {
    super(problem.code);
  }
}

export function interpolate(template: string, lookup: Lookup, maxLength = Number.POSITIVE_INFINITY): InterpolationResult {
  try {
    return { ok: true, value: new Expander(lookup, maxLength).expand(template, 0) };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.problem };
    throw error;
  }
}

class Expander {
  constructor(
    private readonly lookup: Lookup,
    private readonly maxLength: number,
  ) {}

  expand(text: string, depth: number): string {
    if (depth > MAX_NESTING) throw new Problem({ code: 'variable-syntax', reason: `defaults are nested more than ${MAX_NESTING} deep` });
    let out = '';
    let at = 0;
    const append = (part: string) => {
      out += part;
      if (out.length > this.maxLength) throw new Problem({ code: 'too-large' });
    };
    while (at < text.length) {
      const dollar = text.indexOf('$', at);
      if (dollar < 0) {
        append(text.slice(at));
        break;
      }
      append(text.slice(at, dollar));
      const next = text[dollar + 1];
      if (next === '$') {
        append('$');
        at = dollar + 2;
      } else if (next === '{') {
        const { value, end } = this.braced(text, dollar + 2, depth);
        append(value);
        at = end;
      } else {
        const name = matchAt(NAME, text, dollar + 1);
        if (!name) throw new Problem({ code: 'variable-syntax', reason: 'a "$" that starts no variable (write "$$" for a literal "$")' });
        append(this.value(name));
        at = dollar + 1 + name.length;
      }
    }
    return out;
  }

  /** `${…}` from just after the brace; returns its value and where the text goes on after the closing brace. */
  private braced(text: string, start: number, depth: number): { value: string; end: number } {
    const name = matchAt(NAME, text, start);
    if (!name) throw new Problem({ code: 'variable-syntax', reason: '"${" is not followed by a variable name' });
    const afterName = start + name.length;
    if (text[afterName] === '}') return { value: this.value(name), end: afterName + 1 };
    const operator = matchAt(OPERATOR, text, afterName);
    if (!operator) throw new Problem({ code: 'variable-syntax', reason: `"\${${name}" is followed by neither "}" nor one of :- - :? ? :+ +` });
    const argStart = afterName + operator.length;
    const close = closingBrace(text, argStart);
    if (close < 0) throw new Problem({ code: 'variable-syntax', reason: `"\${${name}" has no closing "}"` });
    const arg = text.slice(argStart, close);
    const value = this.lookup(name);
    const isSet = value !== undefined;
    const isFilled = isSet && value !== '';
    const expandArg = () => this.expand(arg, depth + 1);
    let result: string;
    switch (operator) {
      case ':-':
        result = isFilled ? value : expandArg();
        break;
      case '-':
        result = isSet ? value : expandArg();
        break;
      case ':?':
      case '?':
        if (operator === ':?' ? !isFilled : !isSet) throw new Problem({ code: 'variable-required', variable: name, message: arg });
        result = value!;
        break;
      case ':+':
        result = isFilled ? expandArg() : '';
        break;
      default: // '+'
        result = isSet ? expandArg() : '';
    }
    return { value: result, end: close + 1 };
  }

  private value(name: string): string {
    const value = this.lookup(name);
    if (value === undefined) throw new Problem({ code: 'variable-unset', variable: name });
    return value;
  }
}

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

/** The "}" that closes a `${` whose argument starts at `from`, past nested `${…}` and `$$`; -1 when none. */
function closingBrace(text: string, from: number): number {
  let open = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && (text[i + 1] === '$' || text[i + 1] === '{')) {
      if (text[i + 1] === '{') open++;
      i++;
    } else if (c === '}') {
      if (open === 0) return i;
      open--;
    }
  }
  return -1;
}
