import { BrowserWindow, dialog, shell, type WebContents } from 'electron';
import path from 'node:path';
import type { Settings } from '../../shared/contract/settings.js';
import { APP_URL, isAppUrl } from './app-protocol.js';
import type { ShellText } from './shell-text.js';
import { linkDecision, permissionAllowed } from './web-policy.js';

/** The main window, locked down: isolated, sandboxed, no Node, no navigation away, no new windows. */
export function createMainWindow(bounds: Settings['window'], iconPath: string, text: ShellText): BrowserWindow {
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
  lockDown(window.webContents, text);
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

function lockDown(contents: WebContents, text: ShellText): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Nothing opens inside Berth: links go to the user's browser, after asking for a site Berth does not know.
    void openLink(contents, url, text);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, permission, grant, details) => {
    grant(permissionAllowed(permission, details.requestingUrl, isAppUrl));
  });
  contents.session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin, isAppUrl));
}

async function openLink(contents: WebContents, raw: string, { t }: ShellText): Promise<void> {
  const decision = linkDecision(raw);
  if (decision.action === 'refuse') return;
  if (decision.action === 'ask') {
    const parent = BrowserWindow.fromWebContents(contents);
    const options = {
      type: 'question' as const,
      buttons: [t('link.open'), t('link.cancel')],
      defaultId: 1,
      cancelId: 1,
      message: t('link.question', { host: decision.host }),
      detail: decision.url,
    };
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    if (response !== 0) return;
  }
  await shell.openExternal(decision.url);
}
