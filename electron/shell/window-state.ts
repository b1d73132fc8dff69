import { screen, type BrowserWindow } from 'electron';
import type { Settings } from '../../shared/contract/settings.js';
import type { SettingsStore } from '../services/settings/store.js';

/** The saved bounds, if they still fit on a connected display (a monitor may have gone since). */
export function restoredBounds(saved: Settings['window']): Settings['window'] {
  if (!saved) return null;
  const visible = screen.getAllDisplays().some(({ workArea: a }) =>
    saved.x < a.x + a.width && saved.x + saved.width > a.x && saved.y < a.y + a.height && saved.y + saved.height > a.y,
  );
  return visible ? saved : null;
}

/** Remembers the window's size, position and maximised state in the settings (debounced while dragging). */
export function rememberBounds(window: BrowserWindow, settings: SettingsStore): void {
  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const bounds = window.getNormalBounds();
    settings.update((s) => ({ ...s, window: { ...bounds, maximized: window.isMaximized() } }));
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    save();
  });
}
