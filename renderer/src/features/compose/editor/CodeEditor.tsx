import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { forceLinting, linter, lintGutter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import type { TFunction } from 'i18next';
import { useEffect, useEffectEvent, useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeCheck, ComposeDiagnostic } from '../../../../../shared/contract/compose';
import { composeCompletions } from './completion';
import { diagnosticRange, diagnosticText } from './diagnostics';
import { editorPhrases } from './editor-phrases';
import { editorTheme } from './editor-theme';

/** How long typing must pause before the text is checked by main. */
const CHECK_DELAY_MS = 300;

/** The extensions that depend on the UI language: CodeMirror's own words, and the text area's name. */
const languageOf = (t: TFunction, label: string) => [EditorState.phrases.of(editorPhrases(t)), EditorView.contentAttributes.of({ 'aria-label': label })];

/** What the page does with an editor: show a problem's place, put a text in (revert, reload from disk). */
export interface EditorHandle {
  jumpTo(line: number, column: number): void;
  setText(text: string): void;
  text(): string;
}

/** The outcome of one check of the editor's text. */
export type CheckOutcome = { check: ComposeCheck; text: string } | { error: unknown };

export interface CodeEditorProps {
  /** The file's path: main's diagnostics for it are shown in the text (those of other files only in the list). */
  path: string;
  /** The text the editor starts with (later changes come through the handle). */
  initialText: string;
  /** The accessible name of the text area. */
  label: string;
  /** Not on screen (another tab is): measured again when shown. */
  hidden: boolean;
  check(text: string): Promise<ComposeCheck>;
  onChecked(outcome: CheckOutcome): void;
  onChange(text: string): void;
  /** Ctrl/Cmd+S. */
  onSave(): void;
  ref?: Ref<EditorHandle>;
}

/**
 * CodeMirror 6 on a compose file: YAML with line numbers, history, search, the schema's completions and main's
 * check as lint diagnostics (after a pause in typing), in the app's light or dark colours and UI language.
 */
export function CodeEditor({ path, initialText, label, hidden, check, onChecked, onChange, onSave, ref }: CodeEditorProps) {
  const parent = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const slots = useRef({ theme: new Compartment(), language: new Compartment() });
  const theme = useTheme();
  const { t } = useTranslation('composeEditor');

  const runCheck = useEffectEvent((text: string) => check(text));
  const reportChecked = useEffectEvent((outcome: CheckOutcome) => onChecked(outcome));
  const changed = useEffectEvent((text: string) => onChange(text));
  const save = useEffectEvent(() => onSave());
  const word = useEffectEvent((diagnostic: ComposeDiagnostic) => diagnosticText(diagnostic, t as TFunction));
  const themeExtension = useEffectEvent(() => editorTheme(theme));
  const languageExtension = useEffectEvent(() => languageOf(t as TFunction, label));
  /** The language the editor was last given (the editor is made with the current one). */
  const language = useRef({ t, label });

  useEffect(() => {
    const lint = async (editor: EditorView): Promise<Diagnostic[]> => {
      const doc = editor.state.doc;
      const text = doc.toString();
      try {
        const result = await runCheck(text);
        reportChecked({ check: result, text });
        // Places in the text that was checked; the linter drops the answer if the text has changed since.
        const line = (n: number) => {
          const { from, length } = doc.line(n);
          return { from, length };
        };
        return result.diagnostics
          .filter((diagnostic) => diagnostic.file === path)
          .map((diagnostic) => ({ ...diagnosticRange(diagnostic, doc.lines, line), severity: diagnostic.severity, message: word(diagnostic) }));
      } catch (error) {
        reportChecked({ error });
        return [];
      }
    };
    const editor = new EditorView({
      parent: parent.current!,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          // A file written with CRLF is kept so: the diff and the save change only what was edited.
          initialText.includes('\r\n') ? EditorState.lineSeparator.of('\r\n') : [],
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          highlightSelectionMatches(),
          search({ top: true }),
          yaml(),
          autocompletion({ override: [composeCompletions] }),
          linter(lint, { delay: CHECK_DELAY_MS }),
          lintGutter(),
          Prec.highest(keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (save(), true) }])),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
          slots.current.theme.of(themeExtension()),
          slots.current.language.of(languageExtension()),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    language.current = { t, label };
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is made once per file; its text then lives in CodeMirror (and the drafts).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);

  useEffect(() => {
    view.current?.dispatch({ effects: slots.current.theme.reconfigure(editorTheme(theme)) });
  }, [theme]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || (language.current.t === t && language.current.label === label)) return;
    language.current = { t, label };
    editor.dispatch({ effects: slots.current.language.reconfigure(languageOf(t as TFunction, label)) });
    forceLinting(editor); // the diagnostics' words follow the language
  }, [t, label]);

  useEffect(() => {
    if (!hidden) view.current?.requestMeasure();
  }, [hidden]);

  useImperativeHandle(
    ref,
    () => ({
      jumpTo(line, column) {
        const editor = view.current;
        if (!editor) return;
        const { doc } = editor.state;
        const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
        const pos = target.from + Math.min(Math.max(column - 1, 0), target.length);
        editor.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
        editor.focus();
      },
      setText(text) {
        const editor = view.current;
        if (editor && editor.state.doc.toString() !== text) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
      },
      text: () => view.current?.state.doc.toString() ?? initialText,
    }),
    [initialText],
  );

  return <Box ref={parent} data-testid="compose-code-editor" data-file={path} sx={{ height: '100%', minHeight: 0, '& .cm-editor': { height: '100%' } }} />;
}
