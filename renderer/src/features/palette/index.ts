/* The command palette (Ctrl/Cmd+K) and the app bar's button that opens it. */
export { CommandPalette } from './CommandPalette';
export { PaletteButton } from './PaletteButton';
