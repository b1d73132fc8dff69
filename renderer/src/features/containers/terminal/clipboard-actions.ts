import type { Terminal } from '@xterm/xterm';
import type { TFunction } from 'i18next';
import { notifyError } from '../../../components/notifications';
import { copyText } from '../../../lib/clipboard';

/** Copies the terminal's selection (from the keys or the menu); a refusal of the clipboard is said. */
export function copySelection(selection: string, t: TFunction): void {
  if (selection) void copyText(selection).catch((error: unknown) => notifyError(t('terminal:clipboard.copyFailed'), error));
}

/** Pastes the clipboard into the terminal, as typed input (xterm brackets it when the program asked). */
export function pasteInto(term: Pick<Terminal, 'paste'>, t: TFunction): void {
  void navigator.clipboard.readText().then(
    (text) => term.paste(text),
    (error: unknown) => notifyError(t('terminal:clipboard.pasteFailed'), error),
  );
}
