import type { HandlerGroup } from '../../ipc/router.js';
import type { SettingsStore } from './store.js';

export function settingsHandlers(store: SettingsStore): HandlerGroup<'settings.get' | 'settings.update'> {
  return {
    async 'settings.get'() {
      return { settings: store.get(), problems: store.problems };
    },
    async 'settings.update'(patch) {
      return store.update((settings) => ({
        ...settings,
        ...(patch.theme ? { theme: patch.theme } : {}),
        ...(patch.logBufferLines ? { logBufferLines: patch.logBufferLines } : {}),
        ...(patch.language ? { language: patch.language } : {}),
        confirmations: { ...settings.confirmations, ...patch.confirmations },
        managedEngine: { ...settings.managedEngine, ...patch.managedEngine },
        compose: { ...settings.compose, ...patch.compose },
        trash: { ...settings.trash, ...patch.trash },
      }));
    },
  };
}
