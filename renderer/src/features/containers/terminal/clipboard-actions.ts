import type { Terminal } from '@xterm/xterm';
import { notifyError } from '../../../components/notifications';
import { copyText } from '../../../lib/clipboard';

/** Copies the terminal's selection (from the keys or the menu); a refusal of the clipboard is said. */
export function copySelection(selection: string): void {
  if (selection) void copyText(selection).catch((error: unknown) => notifyError('Could not copy', error));
}

/** Pastes the clipboard into the terminal, as typed input (xterm brackets it when the program asked). */
export function pasteInto(term: Pick<Terminal, 'paste'>): void {
  void navigator.clipboard.readText().then(
    (text) => term.paste(text),
    (error: unknown) => notifyError('Could not paste', error),
  );
}
