import { app, BrowserWindow, Notification } from 'electron';
import path from 'node:path';
import { createCore } from '../core.js';
import { APP_URL, registerAppScheme, serveRenderer } from './app-protocol.js';
import { electronDialogs } from './dialogs.js';
import { createEncryptedLogins } from './encrypted-logins.js';
import { bridgeIpc } from './ipc-bridge.js';
import { createShellText } from './shell-text.js';
import { createTray } from './tray/tray.js';
import { createMainWindow } from './window.js';
import { rememberBounds, restoredBounds } from './window-state.js';

// The Electron shell: the same core as the web shell, carried over IPC to a locked-down window, plus the
// tray. Closing the window keeps Berth in the tray; Quit (tray or menu) ends it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  void app.whenReady().then(() => {
    const root = path.resolve(__dirname, '..', '..');
    const iconsDir = path.join(root, 'build', 'icons');
    serveRenderer(path.join(root, 'dist', 'renderer'));
    const dataDir = app.getPath('userData');
    const core = createCore({
      dataDir,
      secretStore: createEncryptedLogins(dataDir),
      dialogs: electronDialogs,
      log: (message) => console.warn(`[berth] ${message}`),
    });
    bridgeIpc(core.router);
    // The tray and main's dialogs speak the window's language, and follow Settings › Language as it changes.
    const text = createShellText(core.settings.get().language, app.getPreferredSystemLanguages());
    core.settings.onChange(() => text.follow(core.settings.get().language, app.getPreferredSystemLanguages()));

    let window: BrowserWindow | null = null;
    const open = (route?: string) => {
      if (!window || window.isDestroyed()) {
        window = createMainWindow(restoredBounds(core.settings.get().window), path.join(iconsDir, 'icon.png'), text);
        rememberBounds(window, core.settings);
      }
      if (route) void window.loadURL(`${APP_URL}${route}`);
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    };
    let quitting = false;
    const quit = () => {
      quitting = true;
      app.quit();
    };
    const tray = createTray(core, iconsDir, text, {
      open,
      quit,
      notify: (message) => new Notification({ title: 'Berth', body: message }).show(),
    });

    open();
    app.on('second-instance', () => open());
    app.on('activate', () => open());
    app.on('window-all-closed', () => {
      // Berth lives on in the tray; on macOS the dock icon brings the window back.
      if (quitting) app.quit();
    });
    let shutDown = false;
    app.on('before-quit', (event) => {
      quitting = true;
      if (shutDown) return;
      // Stopping an engine Berth started (when the settings say so) takes a moment: quit once it is done.
      event.preventDefault();
      tray.dispose();
      void core.shutdown().finally(() => {
        shutDown = true;
        app.quit();
      });
    });
  });
}
