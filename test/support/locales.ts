// The locale files as tests read them: one reader for the renderer's resources and main's own (tray, dialogs).
import fs from 'node:fs';
import path from 'node:path';

export type MessageTree = { [key: string]: string | MessageTree };

export const rendererLocales = path.join(import.meta.dirname, '../../renderer/src/i18n/locales');
export const shellLocales = path.join(import.meta.dirname, '../../electron/shell/locales');

/** One namespace's messages in one language, as the file nests them. */
export function readNamespace(language: string, namespace: string, root = rendererLocales): MessageTree {
  return JSON.parse(fs.readFileSync(path.join(root, language, `${namespace}.json`), 'utf8')) as MessageTree;
}

/** The namespaces a language has under a root, by their file names. */
export function namespacesOf(language: string, root = rendererLocales): string[] {
  return fs
    .readdirSync(path.join(root, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));
}

/** A nested tree as dotted keys → messages. */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flattenMessages(value, full)) out.set(k, v);
  }
  return out;
}
