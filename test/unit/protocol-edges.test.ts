import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Router, type Handlers } from '../../electron/ipc/router.js';
import { Session } from '../../electron/ipc/session.js';
import { untilAborted } from '../../electron/util/abort.js';
import type { ServerMessage } from '../../shared/protocol.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

function session(handlers: Record<string, unknown>) {
  const replies: ServerMessage[] = [];
  // Through JSON, as a carrier sends them: an id of Infinity would become null here.
  const s = new Session(new Router(handlers as unknown as Handlers), (m) => replies.push(JSON.parse(JSON.stringify(m)) as ServerMessage));
  return { s, replies };
}

describe('protocol edges', () => {
  test('an id that is no safe integer (1e999, 2^53+2, -1, 1.5) is refused with id -1, never null', async () => {
    const { s, replies } = session({ 'containers.list': async () => [] });
    for (const id of [Infinity, 2 ** 53 + 2, -1, 1.5]) s.receive({ id, op: 'containers.list', input: {} });
    await tick();
    assert.equal(replies.length, 4);
    for (const reply of replies) {
      assert.equal(reply.id, -1);
      assert.equal('error' in reply && reply.error.code, 'INVALID_INPUT');
    }
  });

  test('a call reusing an open stream’s id is refused on its own; the stream goes on', async () => {
    let cancelled = false;
    const { s, replies } = session({
      'engine.events': async (_i: unknown, emit: (e: unknown) => void, signal: AbortSignal) => {
        emit({ kind: 'resync', reason: 'first' });
        await untilAborted(signal);
        cancelled = true;
      },
      'containers.list': async () => [],
    });
    s.receive({ id: 7, op: 'engine.events', input: {} });
    s.receive({ id: 7, op: 'containers.list', input: {} });
    await tick();
    assert.deepEqual(replies[0], { id: 7, event: { kind: 'resync', reason: 'first' } });
    const refusal = replies[1] as { id: number; error: { code: string; details: { requestId: number } } };
    assert.equal(refusal.id, -1, 'not answered on the stream’s id, which would end the stream for the client');
    assert.equal(refusal.error.code, 'INVALID_INPUT');
    assert.equal(refusal.error.details.requestId, 7);
    assert.equal(replies.length, 2);
    assert.equal(s.openStreams, 1);
    assert.equal(cancelled, false);
    s.receive({ id: 7, cancel: true });
    await tick();
    assert.equal(cancelled, true);
  });

  test('a call reusing the id of a call still running is refused too', async () => {
    let release: () => void = () => {};
    const { s, replies } = session({ 'containers.list': () => new Promise((resolve) => (release = () => resolve([]))) });
    s.receive({ id: 3, op: 'containers.list', input: {} });
    s.receive({ id: 3, op: 'containers.list', input: { all: false } });
    await tick();
    assert.equal(replies.length, 1);
    assert.equal(replies[0]!.id, -1);
    release();
    await tick();
    assert.deepEqual(replies[1], { id: 3, result: [] });
  });

  test('identical read-only calls in flight share one run; different inputs and mutating calls do not', async () => {
    let infoRuns = 0;
    let startRuns = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const router = new Router({
      'engine.info': async () => {
        infoRuns++;
        await gate;
        return { fake: 'info' };
      },
      'containers.start': async () => {
        startRuns++;
        await gate;
        return { ok: true };
      },
    } as unknown as Handlers);
    const infos = Array.from({ length: 200 }, () => router.call('engine.info', {}));
    const starts = [router.call('containers.start', { id: 'a' }), router.call('containers.start', { id: 'a' })];
    await tick();
    assert.equal(infoRuns, 1, '200 concurrent engine.info calls run the handler once');
    assert.equal(startRuns, 2, 'a mutating call is never shared');
    release();
    for (const result of await Promise.all(infos)) assert.deepEqual(result, { fake: 'info' });
    await Promise.all(starts);
    await router.call('engine.info', {});
    assert.equal(infoRuns, 2, 'a call after the shared one settled runs anew');
  });
});
