import { BrowserWindow, dialog } from 'electron';
import type { HostDialogs } from '../services/host/handlers.js';

/** The OS's own open/save/folder dialogs, attached to Berth's window. */
export const electronDialogs: HostDialogs = {
  async pickPath({ purpose, title, defaultPath, filters }) {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const common = { ...(title ? { title } : {}), ...(defaultPath ? { defaultPath } : {}), ...(filters ? { filters } : {}) };
    if (purpose === 'save-file') {
      const result = window ? await dialog.showSaveDialog(window, common) : await dialog.showSaveDialog(common);
      return result.canceled || !result.filePath ? null : result.filePath;
    }
    const options = { ...common, properties: [purpose === 'folder' ? ('openDirectory' as const) : ('openFile' as const)] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
