import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { mock, test } from 'node:test';
import { fullCollection, MemoryReclaimer } from '../../electron/util/memory-reclaim.js';

test('a burst of traffic is followed by one collection once it has been quiet for a while, and little traffic by none', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    let collections = 0;
    let now = 0;
    const tick = (ms: number) => {
      now += ms;
      mock.timers.tick(ms);
    };
    const reclaimer = new MemoryReclaimer({ burstBytes: 1000, quietMs: 100, collect: () => collections++, now: () => now });
    reclaimer.traffic(999);
    tick(500);
    assert.equal(collections, 0, 'below the burst size nothing is collected');
    for (let i = 0; i < 6; i++) {
      reclaimer.traffic(500);
      tick(60); // busier than the quiet period: the collection waits
    }
    assert.equal(collections, 0, 'no collection while the traffic goes on');
    tick(60);
    assert.equal(collections, 1, 'one collection after the traffic stopped');
    tick(500);
    assert.equal(collections, 1, 'and only one');
    reclaimer.traffic(999);
    tick(500);
    assert.equal(collections, 1, 'the count starts again after a collection');
    reclaimer.traffic(1);
    reclaimer.stop();
    tick(500);
    assert.equal(collections, 1, 'stop drops a pending collection');
  } finally {
    mock.timers.reset();
  }
});

test('fullCollection collects what nothing references any more, without --expose-gc on the command line', async () => {
  assert.equal((globalThis as { gc?: unknown }).gc, undefined, 'this process was started without --expose-gc');
  // Made in a function so that nothing in this scope keeps it.
  const ref = ((): WeakRef<object> => new WeakRef({ payload: 'x'.repeat(1000) }))();
  // A WeakRef's target lives at least until the current job ends.
  await sleep(0);
  fullCollection();
  assert.equal(ref.deref(), undefined);
});
