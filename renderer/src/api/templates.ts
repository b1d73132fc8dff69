/*
 * Main's English sentences made from templates (shared/contract/issue-words.ts, endpoint-words.ts), recognised
 * by their template so that the renderer can word them in the UI language. Written here because no i18n library
 * reads a message back into its key and values.
 */

interface Template<K extends string> {
  key: K;
  pattern: RegExp;
  names: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile<K extends string>(key: K, text: string): Template<K> {
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

export interface TemplateMatch<K extends string> {
  key: K;
  values: Record<string, string>;
}

/** A matcher for one catalogue of templates: the longest fixed text is tried first, so no sentence is taken for a shorter one. */
export function templateMatcher<K extends string>(words: Record<K, string>): (text: string) => TemplateMatch<K> | null {
  const fixedLength = (template: Template<K>) => template.pattern.source.replace(/\(\.\+\?\)/g, '').length;
  const templates = (Object.entries(words) as [K, string][]).map(([key, text]) => compile(key, text)).sort((a, b) => fixedLength(b) - fixedLength(a));
  return (text) => {
    for (const { key, pattern, names } of templates) {
      const match = pattern.exec(text);
      if (match) return { key, values: Object.fromEntries(names.map((name, index) => [name, match[index + 1]!])) };
    }
    return null;
  };
}
