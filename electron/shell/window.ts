import { BrowserWindow, shell, type WebContents } from 'electron';
import path from 'node:path';
import type { Settings } from '../../shared/contract/settings.js';
import { APP_URL, isAppUrl } from './app-protocol.js';

/** The main window, locked down: isolated, sandboxed, no Node, no navigation away, no new windows. */
export function createMainWindow(bounds: Settings['window'], iconPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    icon: iconPath,
    minWidth: 800,
    minHeight: 500,
    title: 'Berth',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  lockDown(window.webContents);
  window.once('ready-to-show', () => {
    if (bounds?.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_URL);
  return window;
}

/** Whether an IPC message comes from Berth's own page in one of its windows (not a navigated or foreign frame). */
export function isTrustedSender(contents: WebContents, frameUrl: string | undefined): boolean {
  return BrowserWindow.fromWebContents(contents) !== null && isAppUrl(frameUrl);
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Links to documentation open in the user's browser; nothing opens inside Berth.
    if (/^https:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
