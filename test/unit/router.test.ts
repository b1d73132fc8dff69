import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contract, type OpName } from '../../shared/contract/index.js';
import { Router, type Handlers } from '../../electron/ipc/router.js';

/** A handler table whose every entry records that it ran; answers come from `answers` where given. */
function recordingHandlers(answers: Partial<Record<OpName, unknown>> = {}) {
  const ran: string[] = [];
  const table = Object.fromEntries(
    Object.keys(contract).map((op) => [
      op,
      async (...args: unknown[]) => {
        ran.push(op);
        const answer = answers[op as OpName];
        if (answer instanceof Error) throw answer;
        if (contract[op as OpName].kind === 'stream') {
          const emit = args[1] as (e: unknown) => void;
          emit(answer);
          return;
        }
        return answer;
      },
    ]),
  ) as unknown as Handlers;
  return { ran, table };
}

const malformed: [string, unknown][] = [
  ['containers.start', {}],
  ['containers.start', { id: '' }],
  ['containers.start', { id: 42 }],
  ['containers.start', { id: '../../etc' }],
  ['containers.start', { id: 'ok', extra: true }],
  ['containers.stop', { id: 'web', timeoutSeconds: -1 }],
  ['containers.stop', { id: 'web', timeoutSeconds: 'soon' }],
  ['containers.kill', { id: 'web', signal: 'rm -rf /' }],
  ['containers.remove', { id: 'web', force: 'yes' }],
  ['containers.list', { all: 'true' }],
  ['containers.list', { ids: 'abc' }],
  ['containers.list', []],
  ['containers.inspect', null],
  ['engine.info', { surprise: 1 }],
  ['containers.list', 'all'],
];

describe('router', () => {
  for (const [op, input] of malformed) {
    test(`${op} ${JSON.stringify(input)} is INVALID_INPUT and never reaches the handler`, async () => {
      const { ran, table } = recordingHandlers();
      const router = new Router(table);
      await assert.rejects(router.call(op, input), (error: { code: string; details?: { issues: unknown[] } }) => {
        assert.equal(error.code, 'INVALID_INPUT');
        assert.ok(Array.isArray(error.details?.issues) && error.details.issues.length > 0, 'the issues are listed');
        return true;
      });
      assert.deepEqual(ran, []);
    });
  }

  test('a malformed stream input never reaches the handler either', async () => {
    const { ran, table } = recordingHandlers();
    const router = new Router(table);
    await assert.rejects(router.stream('engine.events', { types: [''] }, () => {}, new AbortController().signal), {
      code: 'INVALID_INPUT',
    });
    assert.deepEqual(ran, []);
  });

  test('unknown operations and a call of a stream are INVALID_INPUT', async () => {
    const router = new Router(recordingHandlers().table);
    await assert.rejects(router.call('containers.explode', {}), { code: 'INVALID_INPUT', message: /Unknown operation/ });
    await assert.rejects(router.call('engine.events', {}), { code: 'INVALID_INPUT', message: /is a stream/ });
    await assert.rejects(router.call('__proto__', {}), { code: 'INVALID_INPUT' });
  });

  test('defaults are filled in before the handler sees the input', async () => {
    let seen: unknown;
    const { table } = recordingHandlers();
    (table as unknown as Record<string, unknown>)['containers.remove'] = async (input: unknown) => {
      seen = input;
      return { ok: true };
    };
    await new Router(table).call('containers.remove', { id: 'web' });
    assert.deepEqual(seen, { id: 'web', force: false, volumes: false });
  });

  test('with output validation on, an output outside the contract is INTERNAL', async () => {
    const { table } = recordingHandlers({ 'containers.start': { ok: 'maybe' } });
    await assert.rejects(new Router(table, { validateOutputs: true }).call('containers.start', { id: 'web' }), {
      code: 'INTERNAL',
      message: /outside its contract/,
    });
  });

  test('an unexpected error becomes INTERNAL and is reported', async () => {
    const reported: string[] = [];
    const { table } = recordingHandlers({ 'containers.start': new TypeError('boom') });
    const router = new Router(table, { onUnexpectedError: (op) => reported.push(op) });
    await assert.rejects(router.call('containers.start', { id: 'web' }), { code: 'INTERNAL', message: 'boom' });
    assert.deepEqual(reported, ['containers.start']);
  });
});
