import type { Router } from '../ipc/router.js';
import { Session } from '../ipc/session.js';

/** The few things of Electron's WebContents a page's session needs (a plain emitter stands in for it in tests). */
export interface PageContents {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, message: unknown): void;
  once(event: 'destroyed', listener: () => void): unknown;
  on(event: 'did-start-navigation', listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void): unknown;
  off(event: 'destroyed' | 'did-start-navigation', listener: (...args: never[]) => void): unknown;
}

/**
 * One Session per page: made on the page's first message, ended when the page goes (closed, or navigated or
 * reloaded: a new page has a new client, and the old page's streams must not outlive it). Ending it removes
 * the listeners it added, so that reloads do not pile them up on the window.
 */
export function pageSessions(router: Router, replyChannel: string): (contents: PageContents) => Session {
  const sessions = new Map<number, Session>();
  return (contents) => {
    const existing = sessions.get(contents.id);
    if (existing) return existing;
    const session = new Session(router, (reply) => {
      if (!contents.isDestroyed()) contents.send(replyChannel, reply);
    });
    sessions.set(contents.id, session);
    const onNavigation = (details: { isMainFrame: boolean; isSameDocument: boolean }) => {
      if (details.isMainFrame && !details.isSameDocument) end();
    };
    const end = () => {
      session.close();
      contents.off('destroyed', end);
      contents.off('did-start-navigation', onNavigation);
      if (sessions.get(contents.id) === session) sessions.delete(contents.id);
    };
    contents.once('destroyed', end);
    contents.on('did-start-navigation', onNavigation);
    return session;
  };
}
