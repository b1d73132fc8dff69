import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test } from 'node:test';
import { Router, type Handlers } from '../../electron/ipc/router.js';
import { pageSessions, type PageContents } from '../../electron/shell/page-sessions.js';

/** A page as the IPC bridge sees it: an emitter with an id, standing in for Electron's WebContents. */
function fakePage(id: number): PageContents & EventEmitter {
  return Object.assign(new EventEmitter(), { id, isDestroyed: () => false, send: () => {} }) as unknown as PageContents & EventEmitter;
}

test('a reload ends the page’s session and removes its listeners: fifty reloads leave one of each', () => {
  const sessionFor = pageSessions(new Router({} as Handlers), 'to-renderer');
  const page = fakePage(1);
  let session = sessionFor(page);
  for (let reload = 0; reload < 50; reload++) {
    page.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    const next = sessionFor(page);
    assert.notEqual(next, session, 'a new page gets a new session');
    session = next;
  }
  assert.equal(page.listenerCount('did-start-navigation'), 1);
  assert.equal(page.listenerCount('destroyed'), 1);
  // In-page navigation (a route change) keeps the session.
  page.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
  assert.equal(sessionFor(page), session);
  page.emit('destroyed');
  assert.equal(page.listenerCount('did-start-navigation'), 0);
  assert.equal(page.listenerCount('destroyed'), 0);
});
