import { createStore } from '../../lib/store';

/** Whether the command palette is open: Ctrl/Cmd+K toggles it, the header's button opens it. */
export const paletteOpen = createStore(false);
