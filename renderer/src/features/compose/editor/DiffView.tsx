import { yaml } from '@codemirror/lang-yaml';
import { unifiedMergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { editorPhrases } from './editor-phrases';
import { editorTheme } from './editor-theme';

/**
 * What a save changes: the new text, read-only, with the lines it removes from the file on disk shown above
 * the lines it adds (CodeMirror's unified merge view); long unchanged stretches are folded away.
 */
export function DiffView({ original, modified, label }: { original: string; modified: string; label: string }) {
  const parent = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const { t } = useTranslation('composeEditor');
  useEffect(() => {
    const view = new EditorView({
      parent: parent.current!,
      state: EditorState.create({
        doc: modified,
        extensions: [
          modified.includes('\r\n') ? EditorState.lineSeparator.of('\r\n') : [],
          // Read-only but focusable, so that the keyboard can move through the changes.
          EditorState.readOnly.of(true),
          lineNumbers(),
          yaml(),
          editorTheme(theme),
          EditorState.phrases.of(editorPhrases(t as TFunction)),
          EditorView.contentAttributes.of({ 'aria-label': label }),
          unifiedMergeView({ original, mergeControls: false, gutter: true, collapseUnchanged: { margin: 3, minSize: 6 } }),
        ],
      }),
    });
    return () => view.destroy();
  }, [original, modified, label, theme, t]);
  return <Box ref={parent} data-testid="compose-diff" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', '& .cm-editor': { maxHeight: 420 } }} />;
}
