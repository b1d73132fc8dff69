import { app, BrowserWindow, ipcMain } from 'electron';
import path from 'node:path';
import { createCore } from '../core.js';
import { Session } from '../ipc/session.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { TO_MAIN, TO_RENDERER } from './channels.js';
import { createEncryptedLogins } from './encrypted-logins.js';
import { createMainWindow, isTrustedSender } from './window.js';

// The Electron shell: the same core as the web shell, carried over IPC to a locked-down window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  void app.whenReady().then(() => {
    serveRenderer(path.resolve(__dirname, '..', 'renderer'));
    const dataDir = app.getPath('userData');
    const core = createCore({
      dataDir,
      secretStore: createEncryptedLogins(dataDir),
      log: (message) => console.warn(`[berth] ${message}`),
    });
    const sessions = new Map<number, Session>();

    ipcMain.on(TO_MAIN, (event, message: unknown) => {
      if (!isTrustedSender(event.sender, event.senderFrame?.url)) return;
      const contents = event.sender;
      let session = sessions.get(contents.id);
      if (!session) {
        const created = new Session(core.router, (reply) => {
          if (!contents.isDestroyed()) contents.send(TO_RENDERER, reply);
        });
        sessions.set(contents.id, created);
        contents.once('destroyed', () => {
          created.close();
          sessions.delete(contents.id);
        });
        // A reload starts a new page with a new client: the old page's streams must not outlive it.
        contents.on('did-start-navigation', (details) => {
          if (details.isMainFrame && !details.isSameDocument) {
            sessions.get(contents.id)?.close();
            sessions.delete(contents.id);
          }
        });
        session = created;
      }
      session.receive(message);
    });

    let window = createMainWindow();
    app.on('second-instance', () => {
      if (window.isDestroyed()) window = createMainWindow();
      if (window.isMinimized()) window.restore();
      window.focus();
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow();
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
    app.on('will-quit', () => core.dispose());
  });
}
