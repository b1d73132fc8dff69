import { ipcMain, type WebContents } from 'electron';
import type { Router } from '../ipc/router.js';
import { Session } from '../ipc/session.js';
import { TO_MAIN, TO_RENDERER } from './channels.js';
import { isTrustedSender } from './window.js';

/** Carries the contract over IPC: one Session per page, accepting messages only from Berth's own page. */
export function bridgeIpc(router: Router): void {
  const sessions = new Map<number, Session>();
  const sessionFor = (contents: WebContents): Session => {
    const existing = sessions.get(contents.id);
    if (existing) return existing;
    const session = new Session(router, (reply) => {
      if (!contents.isDestroyed()) contents.send(TO_RENDERER, reply);
    });
    sessions.set(contents.id, session);
    const end = () => {
      session.close();
      if (sessions.get(contents.id) === session) sessions.delete(contents.id);
    };
    contents.once('destroyed', end);
    // A reload starts a new page with a new client: the old page's streams must not outlive it.
    contents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) end();
    });
    return session;
  };
  ipcMain.on(TO_MAIN, (event, message: unknown) => {
    if (!isTrustedSender(event.sender, event.senderFrame?.url)) return;
    sessionFor(event.sender).receive(message);
  });
}
