import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contract } from '../../shared/contract/index.js';
import { createClient } from '../../shared/client.js';
import type { ServerMessage } from '../../shared/protocol.js';
import { Router, type Handlers } from '../../electron/ipc/router.js';
import { Session } from '../../electron/ipc/session.js';
import { untilAborted } from '../../electron/util/abort.js';

/** Handlers for the session tests: engine.events emits two events then waits to be cancelled. */
function handlers(log: string[]): Handlers {
  const table = Object.fromEntries(Object.keys(contract).map((op) => [op, async () => ({ ok: true })])) as unknown as Record<string, unknown>;
  table['engine.events'] = async (_input: unknown, emit: (e: unknown) => void, signal: AbortSignal) => {
    emit({ kind: 'resync', reason: 'one' });
    emit({ kind: 'resync', reason: 'two' });
    await untilAborted(signal);
    log.push('events cancelled');
  };
  table['containers.list'] = async () => [];
  return table as unknown as Handlers;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('session and client over one message port', () => {
  test('calls and streams are multiplexed; cancel ends the stream on the server', async () => {
    const log: string[] = [];
    const router = new Router(handlers(log), { validateOutputs: true });
    let toClient: (m: ServerMessage) => void = () => {};
    const session = new Session(router, (m) => toClient(JSON.parse(JSON.stringify(m)) as ServerMessage));
    const client = createClient({ send: (m) => session.receive(JSON.parse(JSON.stringify(m))), onMessage: (r) => (toClient = r) });

    const events: unknown[] = [];
    let ended = false;
    const cancel = client.stream('engine.events', {}, { onEvent: (e) => events.push(e), onEnd: () => (ended = true) });
    assert.deepEqual(await client.call('containers.list', {}), []);
    await tick();
    assert.deepEqual(events, [{ kind: 'resync', reason: 'one' }, { kind: 'resync', reason: 'two' }]);
    assert.equal(session.openStreams, 1);
    cancel();
    await tick();
    assert.deepEqual(log, ['events cancelled']);
    assert.equal(session.openStreams, 0);
    assert.equal(ended, false, 'a stream the client cancelled does not call back');
  });

  test('errors keep their code through the client', async () => {
    const session = new Session(new Router(handlers([])), (m) => receive(m));
    let receive: (m: ServerMessage) => void = () => {};
    const client = createClient({ send: (m) => session.receive(m), onMessage: (r) => (receive = r) });
    await assert.rejects(client.call('containers.start', { id: '' }), { name: 'BerthError', code: 'INVALID_INPUT' });
  });

  test('malformed messages get an INVALID_INPUT reply and the session keeps working', async () => {
    const replies: ServerMessage[] = [];
    const session = new Session(new Router(handlers([])), (m) => replies.push(m));
    session.receive('not an object');
    session.receive({ id: 'x', op: 'containers.list' });
    session.receive({ id: 3, op: 'containers.list', input: {}, extra: 1 });
    session.receive({ id: 4, op: 'containers.list', input: {} });
    await tick();
    assert.equal(replies.length, 4);
    for (const reply of replies.slice(0, 3)) assert.equal('error' in reply && reply.error.code, 'INVALID_INPUT');
    assert.deepEqual(replies[3], { id: 4, result: [] });
  });

  test('closing a session cancels every stream it opened', async () => {
    const log: string[] = [];
    const session = new Session(new Router(handlers(log)), () => {});
    session.receive({ id: 1, op: 'engine.events', input: {} });
    session.receive({ id: 2, op: 'engine.events', input: {} });
    await tick();
    assert.equal(session.openStreams, 2);
    session.close();
    await tick();
    assert.deepEqual(log, ['events cancelled', 'events cancelled']);
  });
});

// A timeout: without cancelling, these calls would wait for ever.
describe('cancelling calls in a session', { timeout: 10_000 }, () => {
  /** containers.inspect waits to be cancelled, then takes a moment to undo its work, as a clone does. */
  function slowCall(log: string[]): Handlers {
    const table = handlers(log) as unknown as Record<string, unknown>;
    table['containers.inspect'] = async (_input: unknown, signal: AbortSignal) => {
      await untilAborted(signal);
      await tick();
      log.push('undone');
      throw new Error('socket hang up');
    };
    return table as unknown as Handlers;
  }

  test('a cancel frame aborts the call: it is answered CANCELLED once its handler has wound down', async () => {
    const log: string[] = [];
    const replies: ServerMessage[] = [];
    const session = new Session(new Router(slowCall(log)), (m) => replies.push(m));
    session.receive({ id: 5, op: 'containers.inspect', input: { id: 'web' } });
    await tick();
    assert.equal(replies.length, 0);
    session.receive({ id: 5, cancel: true });
    await tick();
    await tick();
    assert.deepEqual(log, ['undone']);
    assert.equal(replies.length, 1);
    assert.equal('error' in replies[0]! && replies[0].error.code, 'CANCELLED');
  });

  test('closing the session aborts its calls and answers nothing', async () => {
    const log: string[] = [];
    const replies: ServerMessage[] = [];
    const session = new Session(new Router(slowCall(log)), (m) => replies.push(m));
    session.receive({ id: 1, op: 'containers.inspect', input: { id: 'a' } });
    session.receive({ id: 2, op: 'containers.inspect', input: { id: 'b' } });
    await tick();
    session.close();
    await tick();
    await tick();
    assert.deepEqual(log, ['undone', 'undone']);
    assert.deepEqual(replies, []);
  });

  test("the client's signal sends the cancel frame and rejects at once with an AbortError", async () => {
    const log: string[] = [];
    const sent: unknown[] = [];
    let toClient: (m: ServerMessage) => void = () => {};
    const session = new Session(new Router(slowCall(log)), (m) => toClient(m));
    const client = createClient({
      send: (m) => {
        sent.push(m);
        session.receive(m);
      },
      onMessage: (r) => (toClient = r),
    });
    const controller = new AbortController();
    const call = client.call('containers.inspect', { id: 'web' }, { signal: controller.signal });
    controller.abort();
    await assert.rejects(call, { name: 'AbortError', code: 'CANCELLED' });
    assert.deepEqual(sent, [{ id: 1, op: 'containers.inspect', input: { id: 'web' } }, { id: 1, cancel: true }]);
    await assert.rejects(client.call('containers.list', {}, { signal: controller.signal }), { code: 'CANCELLED' }, 'an aborted signal sends nothing');
    assert.equal(sent.length, 2);
  });
});
