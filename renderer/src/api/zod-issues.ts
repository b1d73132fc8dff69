import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { wordContractIssue } from './contract-issues';

/**
 * A zod issue as the renderer meets it: a whole one (code and params, from a schema of the contract parsed here),
 * or what main puts in an INVALID_INPUT's `details.issues` (path and message only: main sends zod's own English
 * message, or the contract's words for a check of its own).
 */
export interface ZodIssueLike {
  code?: string;
  path?: readonly PropertyKey[];
  message?: string;
  [param: string]: unknown;
}

/** An issue's code and params, as far as its words can be known. */
interface KnownIssue {
  code: string;
  [param: string]: unknown;
}

/** How main's INVALID_INPUT details carry the issues (see electron/ipc/zod-errors.ts). */
export interface IssueDetails {
  issues: ZodIssueLike[];
  moreIssues?: number;
}

export function issueDetailsOf(details: unknown): IssueDetails | null {
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return null;
  const valid = issues.filter((issue): issue is ZodIssueLike => typeof issue === 'object' && issue !== null);
  const more = (details as { moreIssues?: unknown }).moreIssues;
  return typeof more === 'number' && more > 0 ? { issues: valid, moreIssues: more } : { issues: valid };
}

/** zod's English names of formats ("Invalid IPv4 address"), back to the format. */
const formatNames: Record<string, string> = {
  'email address': 'email',
  URL: 'url',
  UUID: 'uuid',
  UUIDv4: 'uuid',
  UUIDv6: 'uuid',
  GUID: 'uuid',
  'IPv4 address': 'ipv4',
  'IPv6 address': 'ipv6',
  'IPv4 range': 'cidrv4',
  'IPv6 range': 'cidrv6',
  'MAC address': 'mac',
  'ISO datetime': 'datetime',
  'ISO date': 'date',
  'ISO time': 'time',
  'ISO duration': 'duration',
  'base64-encoded string': 'base64',
  'base64url-encoded string': 'base64url',
  'JSON string': 'json_string',
};

const units: Record<string, string> = { characters: 'string', bytes: 'file', items: 'array', entries: 'map' };

/** `"a"|"b"` or `"a", "b"` as zod writes values and keys, back to the values. */
function splitValues(text: string, separator: string): string[] {
  return text.split(separator).map((value) => value.trim().replace(/^"(.*)"$/, '$1'));
}

function numberOr(text: string): number | string {
  const value = Number(text);
  return text !== '' && Number.isFinite(value) ? value : text;
}

/**
 * The code and params of an issue from its message, when the message is one of zod's own (English, the locale
 * main and the renderer run zod with); null for words of the contract's own ("not a container id or name").
 */
export function parseZodMessage(message: string): KnownIssue | null {
  let m: RegExpExecArray | null;
  if ((m = /^Invalid input: expected (.+), received (.+)$/.exec(message))) return { code: 'invalid_type', expected: m[1], received: m[2] };
  if ((m = /^Invalid input: expected (.+)$/.exec(message))) return { code: 'invalid_value', values: [m[1]!.replace(/^"(.*)"$/, '$1')] };
  if ((m = /^Invalid option: expected one of (.+)$/.exec(message))) return { code: 'invalid_value', values: splitValues(m[1]!, '|') };
  if ((m = /^Too (small|big): expected (\w+) to (?:have|be) (>=|>|<=|<|exactly )(.+?)(?: (characters|bytes|items|entries|elements))?$/.exec(message))) {
    const [, which, origin, relation, limit, unit] = m;
    const sized = unit ? (units[unit] ?? 'array') : origin;
    return {
      code: which === 'small' ? 'too_small' : 'too_big',
      origin: sized,
      [which === 'small' ? 'minimum' : 'maximum']: numberOr(limit!),
      inclusive: relation !== '>' && relation !== '<',
      exact: relation === 'exactly ',
    };
  }
  if ((m = /^Invalid string: must start with "(.*)"$/.exec(message))) return { code: 'invalid_format', format: 'starts_with', prefix: m[1] };
  if ((m = /^Invalid string: must end with "(.*)"$/.exec(message))) return { code: 'invalid_format', format: 'ends_with', suffix: m[1] };
  if ((m = /^Invalid string: must include "(.*)"$/.exec(message))) return { code: 'invalid_format', format: 'includes', includes: m[1] };
  if (/^Invalid string: must match pattern /.test(message)) return { code: 'invalid_format', format: 'regex' };
  if ((m = /^Invalid number: must be a multiple of (.+)$/.exec(message))) return { code: 'not_multiple_of', divisor: numberOr(m[1]!) };
  if ((m = /^Unrecognized keys?: (.+)$/.exec(message))) return { code: 'unrecognized_keys', keys: splitValues(m[1]!, ',') };
  if ((m = /^Invalid (.+)$/.exec(message))) {
    const format = formatNames[m[1]!];
    if (format) return { code: 'invalid_format', format };
  }
  if (/^Invalid (input|key in \w+|value in \w+|discriminator value\b.*)$/.test(message)) return { code: 'invalid_union' };
  return null;
}

/** The issue's code and params when its words are zod's (not the contract's own message); null otherwise. */
function knownIssue(issue: ZodIssueLike): KnownIssue | null {
  const parsed = issue.message === undefined ? null : parseZodMessage(issue.message);
  if (issue.code && issue.code !== 'custom' && (issue.message === undefined || parsed)) return { ...parsed, ...issue, code: issue.code };
  if (!issue.code) return parsed;
  return null;
}

const list = (values: unknown): string => (Array.isArray(values) ? values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value))).join(', ') : '');

const sizeUnits: Record<string, string> = { string: 'characters', file: 'bytes', array: 'items', set: 'items', map: 'entries' };

/** What is wrong, without the path: in the UI language for zod's own issues, the contract's words for its own checks. */
function problemOf(issue: KnownIssue, t: TFunction): string {
  switch (issue.code) {
    case 'invalid_type': {
      const missing = issue.received === 'undefined' || ('input' in issue && issue.input === undefined);
      return missing ? t('errors:issue.required') : t('errors:issue.type', { expected: String(issue.expected ?? '') });
    }
    case 'invalid_value':
    case 'invalid_enum_value':
    case 'invalid_literal': {
      const values = Array.isArray(issue.values) ? issue.values : Array.isArray(issue.options) ? issue.options : issue.expected !== undefined ? [issue.expected] : [];
      return t('errors:issue.value', { count: values.length, values: list(values) });
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? issue.minimum : issue.maximum;
      const origin = String(issue.origin ?? issue.type ?? '');
      const unit = sizeUnits[origin];
      const exact = issue.exact === true;
      if (unit) {
        if (small && !exact && unit === 'characters' && Number(limit) === 1) return t('errors:issue.empty');
        return t(`errors:issue.size.${exact ? 'exact' : small ? 'min' : 'max'}`, { unit, limit: Number(limit) });
      }
      const relation = exact ? 'exact' : small ? (issue.inclusive === false ? 'above' : 'min') : issue.inclusive === false ? 'below' : 'max';
      return t(`errors:issue.number.${relation}`, { limit: typeof limit === 'bigint' ? limit.toString() : String(limit) });
    }
    case 'invalid_format':
    case 'invalid_string': {
      const format = String(issue.format ?? issue.validation ?? '');
      if (format === 'starts_with' || format === 'startsWith') return t('errors:issue.startsWith', { text: String(issue.prefix ?? '') });
      if (format === 'ends_with' || format === 'endsWith') return t('errors:issue.endsWith', { text: String(issue.suffix ?? '') });
      if (format === 'includes') return t('errors:issue.includes', { text: String(issue.includes ?? '') });
      return t('errors:issue.format', { format: format || 'other' });
    }
    case 'not_multiple_of':
      return t('errors:issue.multipleOf', { divisor: String(issue.divisor ?? issue.multipleOf ?? '') });
    case 'unrecognized_keys': {
      const keys = Array.isArray(issue.keys) ? issue.keys : [];
      return t('errors:issue.unknownKeys', { count: keys.length, keys: list(keys) });
    }
    default:
      return t('errors:issue.invalid');
  }
}

/**
 * One zod issue in words: `path: problem`, zod's own issues (too_small, too_big, invalid_type, invalid_format,
 * invalid_value, unrecognized_keys…) worded in the UI language from their code and params (or, for main's
 * issues, which carry only zod's English message, from that message); the contract's own sentences from their
 * templates. `t` is any namespace's TFunction once `errors` is loaded.
 */
export function wordZodIssue(zodIssue: ZodIssueLike | z.core.$ZodIssue, t: TFunction): string {
  const issue = zodIssue as ZodIssueLike;
  const problem = issueProblem(issue, t);
  const path = (issue.path ?? []).map((segment) => String(segment)).join('.');
  return path ? t('errors:issue.at', { path, problem }) : problem;
}

/**
 * What is wrong, for a form that shows it beside the field (no path): zod's own issues from their code, the
 * contract's sentences (shared/contract/issue-words.ts) from their template, in the UI language; anything else
 * as it was written.
 */
export function issueProblem(zodIssue: ZodIssueLike | z.core.$ZodIssue, t: TFunction): string {
  const issue = zodIssue as ZodIssueLike;
  const known = knownIssue(issue);
  if (known) return problemOf(known, t);
  if (!issue.message) return t('errors:issue.invalid');
  return wordContractIssue(issue.message, t) ?? issue.message;
}

/** Main's INVALID_INPUT issues in words, with "and N more issues" for the ones it left out. */
export function wordIssueDetails(details: IssueDetails, t: TFunction): string[] {
  const words = details.issues.map((issue) => wordZodIssue(issue, t));
  return details.moreIssues ? [...words, t('errors:issue.more', { count: details.moreIssues })] : words;
}
