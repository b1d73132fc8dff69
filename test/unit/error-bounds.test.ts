import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Router, type Handlers } from '../../electron/ipc/router.js';
import { Session } from '../../electron/ipc/session.js';
import type { ServerMessage } from '../../shared/protocol.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Every reply of a session fed `messages`, as the bytes a carrier would send. */
async function replies(messages: unknown[], handlers: Partial<Record<string, unknown>> = {}): Promise<string[]> {
  const out: string[] = [];
  const session = new Session(new Router(handlers as unknown as Handlers), (m: ServerMessage) => out.push(JSON.stringify(m)));
  for (const message of messages) session.receive(message);
  await tick();
  return out;
}

const manyBadItems = Array.from({ length: 30_000 }, () => ({ x: 1 }));

describe('error replies are bounded, whatever the input', () => {
  test('a huge list of invalid items is answered with the first issues and a count of the rest', async () => {
    const [reply] = await replies([{ id: 1, op: 'containers.create', input: { image: 'x', mounts: manyBadItems } }]);
    assert.ok(reply, 'answered');
    assert.ok(reply.length < 16 * 1024, `the reply is ${reply.length} bytes`);
    const { error } = JSON.parse(reply) as { error: { code: string; message: string; details: { issues: unknown[]; moreIssues: number } } };
    assert.equal(error.code, 'INVALID_INPUT');
    assert.match(error.message, /and \d+ more/);
    assert.ok(error.details.issues.length <= 20);
    assert.ok(error.details.moreIssues > 0);
  });

  test('an input too large or too deep to inspect is refused before any schema walks it', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const out = await replies([
      { id: 1, op: 'containers.list', input: { ids: Array.from({ length: 300_000 }, () => 1) } },
      { id: 2, op: 'containers.list', input: { ids: deep } },
      { id: 3, op: 'containers.list', input: { all: true, ['x'.repeat(1_000_000)]: 1 } },
    ], { 'containers.list': async () => [] });
    assert.equal(out.length, 3);
    for (const reply of out) {
      assert.ok(reply.length < 16 * 1024, `a reply of ${reply.length} bytes`);
      assert.equal((JSON.parse(reply) as { error: { code: string } }).error.code, 'INVALID_INPUT');
    }
  });

  test('a handler error with a huge message or details is cut to a bounded reply', async () => {
    const [reply] = await replies([{ id: 1, op: 'containers.list', input: {} }], {
      'containers.list': async () => {
        throw new Error('x'.repeat(5_000_000));
      },
    });
    assert.ok(reply && reply.length < 16 * 1024, `the reply is ${reply?.length} bytes`);
    assert.equal((JSON.parse(reply) as { error: { code: string } }).error.code, 'INTERNAL');
  });
});
