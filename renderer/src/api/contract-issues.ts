import type { TFunction } from 'i18next';
import { issuePhrases, issueWords } from '../../../shared/contract/issue-words';
import { templateMatcher } from './templates';

/*
 * The contract's refusals in the UI language. Main (and the contract's schemas parsed here) word them in English
 * from shared/contract/issue-words.ts; each sentence is recognised by its template, and its values are worded too
 * when they are contract phrases ("the container") or contract sentences themselves (a bind mount's {problem}).
 */

const match = templateMatcher(issueWords);
const phraseKeys = new Map<string, string>(Object.entries(issuePhrases).map(([key, phrase]) => [phrase, key]));

function wordValue(value: string, t: TFunction): string {
  const phrase = phraseKeys.get(value);
  if (phrase) return t(`errors:contractPhrase.${phrase}`);
  return wordContractIssue(value, t) ?? value;
}

/** One of the contract's sentences in the UI language; null when `message` is not one of them. */
export function wordContractIssue(message: string, t: TFunction): string | null {
  const found = match(message);
  if (!found) return null;
  const values = Object.fromEntries(Object.entries(found.values).map(([name, value]) => [name, wordValue(value, t)]));
  return t(`errors:contract.${found.key}`, values);
}
