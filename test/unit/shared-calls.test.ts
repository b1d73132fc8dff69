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

test('one of two joined callers cancelling leaves at once; the run goes on for the other and is aborted only when both have gone', async () => {
  const calls = new SharedCalls();
  let runSignal: AbortSignal | null = null;
  let finish: (value: unknown) => void = () => {};
  const start = (signal: AbortSignal) => {
    runSignal = signal;
    return new Promise<unknown>((resolve) => (finish = resolve));
  };
  const [first, second, third] = [new AbortController(), new AbortController(), new AbortController()];
  const one = calls.run('volumes.files.list', first.signal, start);
  const two = calls.run('volumes.files.list', second.signal, start);
  first.abort();
  await assert.rejects(one, { name: 'AbortError' });
  assert.equal(runSignal!.aborted, false, 'the other caller still waits on the run');
  finish('listing');
  assert.equal(await two, 'listing');

  const lone = calls.run('volumes.files.list', third.signal, start);
  third.abort();
  assert.equal(runSignal!.aborted, true, 'the last caller gone: the run is aborted');
  const fresh = calls.run('volumes.files.list', new AbortController().signal, async () => 'fresh');
  assert.equal(await fresh, 'fresh', 'an aborted run is not joined');
  finish('too late');
  assert.equal(await lone, 'too late', 'the last caller is answered when the run has wound down');
});
