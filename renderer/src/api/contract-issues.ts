import type { TFunction } from 'i18next';
import { issuePhrases, issueWords, type IssueKey } from '../../../shared/contract/issue-words';

/*
 * The contract's refusals in the UI language. Main (and the contract's schemas parsed here) word them in English
 * from shared/contract/issue-words.ts; each sentence is recognised by its template, and its values are worded too
 * when they are contract phrases ("the container") or contract sentences themselves (a bind mount's {problem}).
 */

interface Template {
  key: IssueKey;
  pattern: RegExp;
  names: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(key: IssueKey, text: string): Template {
  const names: string[] = [];
  const source = text
    .split(/\{(\w+)\}/)
    .map((part, index) => {
      if (index % 2 === 0) return escape(part);
      names.push(part);
      return '(.+?)';
    })
    .join('');
  return { key, pattern: new RegExp(`^${source}$`, 's'), names };
}

// The longest fixed text first, so that a sentence is never taken for a shorter one it contains.
const templates = (Object.entries(issueWords) as [IssueKey, string][])
  .map(([key, text]) => compile(key, text))
  .sort((a, b) => b.pattern.source.replace(/\(\.\+\?\)/g, '').length - a.pattern.source.replace(/\(\.\+\?\)/g, '').length);

const phraseKeys = new Map<string, string>(Object.entries(issuePhrases).map(([key, phrase]) => [phrase, key]));

function wordValue(value: string, t: TFunction): string {
  const phrase = phraseKeys.get(value);
  if (phrase) return t(`errors:contractPhrase.${phrase}`);
  return wordContractIssue(value, t) ?? value;
}

/** One of the contract's sentences in the UI language; null when `message` is not one of them. */
export function wordContractIssue(message: string, t: TFunction): string | null {
  for (const { key, pattern, names } of templates) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(names.map((name, index) => [name, wordValue(match[index + 1]!, t)]));
    return t(`errors:contract.${key}`, values);
  }
  return null;
}
