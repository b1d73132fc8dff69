import type { ITheme } from '@xterm/xterm';
import { terminalPalettes } from '../../../components/log/palette';
import { codeSurface } from '../../../components/theme';

/** xterm's colours for the app's mode: the code surface behind, the log view's ANSI palette. */
export function xtermTheme(mode: 'light' | 'dark'): ITheme {
  const p = terminalPalettes[mode];
  const dark = mode === 'dark';
  return {
    background: codeSurface(mode),
    foreground: dark ? '#e6edf3' : '#1f2328',
    cursor: dark ? '#e6edf3' : '#1f2328',
    selectionBackground: dark ? 'rgba(88, 166, 255, 0.35)' : 'rgba(9, 105, 218, 0.25)',
    black: p[0], red: p[1], green: p[2], yellow: p[3], blue: p[4], magenta: p[5], cyan: p[6], white: p[7],
    brightBlack: p[8], brightRed: p[9], brightGreen: p[10], brightYellow: p[11], brightBlue: p[12], brightMagenta: p[13], brightCyan: p[14], brightWhite: p[15],
  };
}
