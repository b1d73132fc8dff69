import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SharedCalls } from '../../electron/ipc/shared-calls.js';

test('a run that has not settled in 5 s is not joined: a later identical call runs on its own', async (t) => {
  let now = 1_000_000;
  t.mock.method(Date, 'now', () => now);
  const calls = new SharedCalls();
  let starts = 0;
  const never = () => {
    starts++;
    return new Promise<unknown>(() => {});
  };
  void calls.run('engine.info', new AbortController().signal, never);
  void calls.run('engine.info', new AbortController().signal, never);
  assert.equal(starts, 1, 'joined while fresh');
  now += 6_000;
  const answered = await calls.run('engine.info', new AbortController().signal, async () => {
    starts++;
    return 'fresh';
  });
  assert.equal(answered, 'fresh');
  assert.equal(starts, 2);
});
