import '@xterm/xterm/css/xterm.css';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monoFont } from '../../../components/theme';
import { copySelection, pasteInto } from './clipboard-actions';
import { TerminalMenu } from './TerminalMenu';
import { xtermTheme } from './xterm-theme';

export interface TerminalSize {
  cols: number;
  rows: number;
}

/** What a session does with the terminal on screen. */
export interface XtermHandle {
  write(text: string): void;
  /** Clears screen and state for a new session. */
  reset(): void;
  /** Fits the terminal to its panel (when the panel is shown) and gives its size. */
  fit(): TerminalSize;
  focus(): void;
}

/**
 * One xterm.js terminal for the view's lifetime, fitted to its panel, in the app's colours; sessions come
 * and go in it through the handle given to `onReady`. Typing goes to `onData`, each new fitted size to
 * `onResize`. Copy and paste with Ctrl+Shift+C / Ctrl+Shift+V or the context menu.
 */
export function XtermView({
  label,
  canPaste,
  onReady,
  onData,
  onResize,
}: {
  label: string;
  /** Whether a session would take pasted input. */
  canPaste: boolean;
  onReady(handle: XtermHandle | null): void;
  onData(data: string): void;
  onResize(size: TerminalSize): void;
}) {
  const { t } = useTranslation('terminal');
  const mode = useTheme().palette.mode;
  const hostRef = useRef<HTMLDivElement>(null);
  const termRef = useRef<Terminal | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; selection: string } | null>(null);
  const ready = useEffectEvent(onReady);
  const typed = useEffectEvent(onData);
  const resized = useEffectEvent(onResize);
  const initialMode = useEffectEvent(() => mode);
  const copy = useEffectEvent((selection: string) => copySelection(selection, t));
  const paste = useEffectEvent((term: Terminal) => pasteInto(term, t));

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const term = new Terminal({
      fontFamily: monoFont,
      fontSize: 13,
      cursorBlink: true,
      scrollback: 5000,
      theme: xtermTheme(initialMode()),
      allowProposedApi: false,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host);
    termRef.current = term;

    term.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown') return true;
      const accel = (event.ctrlKey || event.metaKey) && event.shiftKey;
      if (accel && event.code === 'KeyC') {
        copy(term.getSelection());
        return false;
      }
      if (accel && event.code === 'KeyV') {
        paste(term);
        return false;
      }
      return true;
    });
    const input = term.onData((data) => typed(data));

    const observer = new ResizeObserver(() => {
      if (host.clientWidth === 0 || host.clientHeight === 0) return; // hidden tab
      fit.fit();
      resized({ cols: term.cols, rows: term.rows });
    });
    observer.observe(host);

    ready({
      write: (text) => term.write(text),
      reset: () => term.reset(),
      fit: () => {
        if (host.clientWidth > 0) fit.fit();
        return { cols: term.cols, rows: term.rows };
      },
      focus: () => term.focus(),
    });
    return () => {
      ready(null);
      observer.disconnect();
      input.dispose();
      term.dispose();
      termRef.current = null;
    };
  }, []);

  // The colours follow the app's mode without recreating the terminal.
  useEffect(() => {
    if (termRef.current) termRef.current.options.theme = xtermTheme(mode);
  }, [mode]);

  return (
    <>
      <Box
        sx={{ flex: 1, minHeight: 0, p: 1, bgcolor: 'code.surface' }}
        onContextMenu={(event) => {
          event.preventDefault();
          setMenu({ x: event.clientX, y: event.clientY, selection: termRef.current?.getSelection() ?? '' });
        }}
      >
        <Box ref={hostRef} data-testid="terminal" aria-label={label} role="region" sx={{ height: '100%', width: '100%' }} />
      </Box>
      <TerminalMenu
        at={menu}
        canPaste={canPaste}
        onCopy={(selection) => copySelection(selection, t)}
        onPaste={() => {
          if (termRef.current) pasteInto(termRef.current, t);
        }}
        onClose={() => setMenu(null)}
      />
    </>
  );
}
