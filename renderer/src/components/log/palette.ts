import { paletteColor, type AnsiColor } from './ansi';

/** The 16 basic terminal colours, tuned for each theme's background (shared by the logs view and xterm). */
export const terminalPalettes = {
  dark: [
    '#484f58', '#ff7b72', '#3fb950', '#d29922', '#58a6ff', '#bc8cff', '#39c5cf', '#b1bac4',
    '#6e7681', '#ffa198', '#56d364', '#e3b341', '#79c0ff', '#d2a8ff', '#56d4dd', '#f0f6fc',
  ],
  light: [
    '#24292f', '#cf222e', '#116329', '#4d2d00', '#0969da', '#8250df', '#1b7c83', '#6e7781',
    '#57606a', '#a40e26', '#1a7f37', '#633c01', '#218bff', '#a475f9', '#3192aa', '#8c959f',
  ],
} as const;

export function ansiColor(color: AnsiColor, mode: 'light' | 'dark'): string {
  if (typeof color === 'string') return color;
  return color < 16 ? terminalPalettes[mode][color]! : paletteColor(color);
}

/** The colour of the n-th container of merged logs (the palette's clearer hues, in an order that keeps neighbours apart). */
const nameHues = [6, 5, 3, 2, 4, 1, 14, 13, 11, 10, 12, 9];
export function nameColor(index: number, mode: 'light' | 'dark'): string {
  return terminalPalettes[mode][nameHues[index % nameHues.length]!]!;
}
