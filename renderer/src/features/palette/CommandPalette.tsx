import { Suspense, useEffect } from 'react';
import { lazyNamed, useLatched } from '../../lib/lazy';
import { useStore } from '../../lib/store';
import { paletteOpen } from './palette-store';

/** Keys that belong to a terminal (Ctrl+K erases a line in a shell): the palette leaves them alone there. */
const TERMINAL = '.xterm';

const PaletteDialog = lazyNamed(() => import('./PaletteDialog'), 'PaletteDialog');

/**
 * Ctrl/Cmd+K anywhere opens the command palette (see PaletteDialog). Its code loads the first time it opens,
 * so a window that never uses it never loads it.
 */
export function CommandPalette() {
  const wanted = useLatched(useStore(paletteOpen));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      if ((event.target as HTMLElement | null)?.closest?.(TERMINAL)) return;
      event.preventDefault();
      paletteOpen.set(!paletteOpen.get());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <PaletteDialog />
    </Suspense>
  );
}
