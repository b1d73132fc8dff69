// Loading a page's chunk: a request that fails is made again after a pause, a few times, then the error is
// the caller's; a chunk loaded by a retry is kept like any other.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lazyNamed, loadWithRetry } from '../../renderer/src/lib/lazy.js';

function flaky(failures: number) {
  let calls = 0;
  return {
    calls: () => calls,
    load: async () => {
      calls++;
      if (calls <= failures) throw new TypeError(`Failed to fetch dynamically imported module (attempt ${calls})`);
      return { Page: () => null };
    },
  };
}

describe('loadWithRetry', () => {
  test('a load that fails twice succeeds on the third attempt, after waiting the given delays', async () => {
    const waits: number[] = [];
    const source = flaky(2);
    const loaded = await loadWithRetry(source.load, [10, 20, 30], async (ms) => void waits.push(ms));
    assert.equal(typeof loaded.Page, 'function');
    assert.equal(source.calls(), 3);
    assert.deepEqual(waits, [10, 20]);
  });

  test('one that keeps failing gives up after the last delay with the last error', async () => {
    const source = flaky(Infinity);
    await assert.rejects(
      loadWithRetry(source.load, [1, 1], async () => {}),
      /attempt 3/,
    );
    assert.equal(source.calls(), 3);
  });
});

describe('lazyNamed', () => {
  test('a chunk that failed once is loaded by the retry, and later preloads reuse it', async () => {
    let calls = 0;
    let fail = true;
    const component = lazyNamed(async () => {
      calls++;
      if (fail) throw new Error('offline');
      return { Page: () => null };
    }, 'Page');
    const first = component.preload();
    fail = false;
    await first;
    await component.preload();
    assert.equal(calls, 2, 'the failed attempt and the retry that worked; a later preload reuses it');
  });
});
