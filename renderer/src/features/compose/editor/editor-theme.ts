import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { alpha, type Theme } from '@mui/material/styles';
import { monoFont } from '../../../components/theme';

/**
 * The editor in the app's colours, light or dark as the MUI theme is: the code surface, the palette's text
 * colours (each readable on both backgrounds, see theme.ts) for YAML's keys, strings and comments.
 */
export function editorTheme(theme: Theme): Extension {
  const { palette } = theme;
  const dark = palette.mode === 'dark';
  const selection = alpha(palette.primary.main, dark ? 0.35 : 0.2);
  const view = EditorView.theme(
    {
      '&': { color: palette.text.primary, backgroundColor: palette.code.surface, fontSize: '13px', height: '100%' },
      '&.cm-focused': { outline: 'none' },
      '.cm-scroller': { fontFamily: monoFont, lineHeight: '1.55' },
      '.cm-content': { caretColor: palette.primary.main },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: palette.primary.main },
      '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': { backgroundColor: selection },
      '.cm-gutters': { backgroundColor: palette.code.surface, color: palette.text.disabled, borderRight: `1px solid ${palette.divider}` },
      '.cm-activeLine': { backgroundColor: alpha(palette.text.primary, 0.04) },
      '.cm-activeLineGutter': { backgroundColor: alpha(palette.text.primary, 0.06), color: palette.text.secondary },
      '.cm-selectionMatch': { backgroundColor: alpha(palette.primary.main, 0.12) },
      '.cm-searchMatch': { backgroundColor: alpha(palette.warning.main, 0.3) },
      '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: alpha(palette.warning.main, 0.55) },
      '.cm-panels': { backgroundColor: palette.background.paper, color: palette.text.primary },
      '.cm-panels.cm-panels-top': { borderBottom: `1px solid ${palette.divider}` },
      '.cm-panels.cm-panels-bottom': { borderTop: `1px solid ${palette.divider}` },
      '.cm-textfield': { border: `1px solid ${palette.divider}`, borderRadius: '4px', backgroundColor: palette.background.default, color: palette.text.primary },
      '.cm-button': { backgroundImage: 'none', backgroundColor: palette.background.default, color: palette.text.primary, border: `1px solid ${palette.divider}`, borderRadius: '4px' },
      '.cm-tooltip': { backgroundColor: palette.background.paper, color: palette.text.primary, border: `1px solid ${palette.divider}`, borderRadius: '4px' },
      '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: alpha(palette.primary.main, 0.22), color: palette.text.primary },
      '.cm-completionDetail': { color: palette.text.secondary },
      '.cm-diagnostic-error': { borderLeftColor: palette.error.main },
      '.cm-diagnostic-warning': { borderLeftColor: palette.warning.main },
    },
    { dark },
  );
  const highlight = HighlightStyle.define([
    { tag: tags.definition(tags.propertyName), color: palette.primary.main },
    { tag: tags.string, color: palette.success.main },
    { tag: [tags.special(tags.string), tags.labelName, tags.typeName], color: palette.warning.main },
    { tag: tags.keyword, color: palette.primary.main, fontWeight: '600' },
    { tag: tags.lineComment, color: palette.text.secondary, fontStyle: 'italic' },
    { tag: [tags.separator, tags.meta], color: palette.text.secondary },
  ]);
  return [view, syntaxHighlighting(highlight)];
}
