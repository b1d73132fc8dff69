import type { TFunction } from 'i18next';

/**
 * CodeMirror's own words (the search panel, the lint panel, the completion list, screen-reader
 * announcements, the diff's folded lines) in the UI language: CodeMirror phrase → key in composeEditor.json.
 * `$` in a phrase is CodeMirror's placeholder for a number, kept as it is in the translations.
 */
const PHRASE_KEYS: Record<string, string> = {
  Find: 'cm.find',
  Replace: 'cm.replace',
  next: 'cm.next',
  previous: 'cm.previous',
  all: 'cm.all',
  'match case': 'cm.matchCase',
  regexp: 'cm.regexp',
  'by word': 'cm.byWord',
  replace: 'cm.replaceOne',
  'replace all': 'cm.replaceAll',
  close: 'cm.close',
  'current match': 'cm.currentMatch',
  'on line': 'cm.onLine',
  'replaced $ matches': 'cm.replacedMatches',
  'replaced match on line $': 'cm.replacedMatchOnLine',
  'Go to line': 'cm.goToLine',
  go: 'cm.go',
  Diagnostics: 'cm.diagnostics',
  'No diagnostics': 'cm.noDiagnostics',
  Completions: 'cm.completions',
  'Control character': 'cm.controlCharacter',
  'Selection deleted': 'cm.selectionDeleted',
  '$ unchanged lines': 'cm.unchangedLines',
};

/** For `EditorState.phrases.of(…)`; `t` of the composeEditor namespace. */
export function editorPhrases(t: TFunction): Record<string, string> {
  return Object.fromEntries(Object.entries(PHRASE_KEYS).map(([phrase, key]) => [phrase, t(key)]));
}
