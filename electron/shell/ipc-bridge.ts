import { ipcMain } from 'electron';
import type { Router } from '../ipc/router.js';
import { TO_MAIN, TO_RENDERER } from './channels.js';
import { pageSessions } from './page-sessions.js';
import { isTrustedSender } from './window.js';

/** Carries the contract over IPC: one Session per page, accepting messages only from Berth's own page. */
export function bridgeIpc(router: Router): void {
  const sessionFor = pageSessions(router, TO_RENDERER);
  ipcMain.on(TO_MAIN, (event, message: unknown) => {
    if (!isTrustedSender(event.sender, event.senderFrame?.url)) return;
    sessionFor(event.sender).receive(message);
  });
}
