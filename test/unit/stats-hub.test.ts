// The containers list's CPU/memory columns: one stats stream per running row on screen, capped, closed when
// the row leaves.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BerthClient, StreamHandlers } from '../../shared/client.js';
import type { ContainerStatsSample } from '../../shared/contract/containers.js';
import { StatsHub } from '../../renderer/src/features/containers/stats/stats-hub.js';

function fakeClient() {
  const open = new Map<string, StreamHandlers<ContainerStatsSample>>();
  let opened = 0;
  const client = {
    stream(op: string, input: { id: string }, handlers: StreamHandlers<ContainerStatsSample>) {
      assert.equal(op, 'containers.stats');
      assert.equal(open.has(input.id), false, `one stream per container (${input.id})`);
      open.set(input.id, handlers);
      opened++;
      return () => open.delete(input.id);
    },
  } as unknown as BerthClient;
  return { client, open, opened: () => opened };
}

const sample = (cpuPercent: number): ContainerStatsSample => ({
  time: 0, cpuPercent, memoryBytes: 1, memoryLimitBytes: 2, networkRxBytes: 0, networkTxBytes: 0, blockReadBytes: 0, blockWriteBytes: 0, pids: 1,
});

describe('StatsHub', () => {
  test('opens a stream per wanted id, closes those no longer wanted, keeps the ones still wanted', () => {
    const fake = fakeClient();
    const hub = new StatsHub(fake.client, 30);
    hub.want(['a', 'b']);
    assert.deepEqual([...fake.open.keys()], ['a', 'b']);
    hub.want(['b', 'c']);
    assert.deepEqual([...fake.open.keys()].sort(), ['b', 'c']);
    assert.equal(fake.opened(), 3, 'b was not reopened');
    hub.dispose();
    assert.equal(fake.open.size, 0);
  });

  test('never more streams than the cap, the first ids first', () => {
    const fake = fakeClient();
    const hub = new StatsHub(fake.client, 3);
    hub.want(['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual([...fake.open.keys()], ['a', 'b', 'c']);
    assert.equal(hub.open, 3);
  });

  test('cells hear only about their own container; a stream that ends can be opened again', () => {
    const fake = fakeClient();
    const hub = new StatsHub(fake.client);
    hub.want(['a', 'b']);
    let heardA = 0;
    let heardB = 0;
    hub.subscribe('a', () => heardA++);
    hub.subscribe('b', () => heardB++);
    fake.open.get('a')!.onEvent(sample(12.5));
    assert.equal(hub.get('a')?.cpuPercent, 12.5);
    assert.equal(heardA, 1);
    assert.equal(heardB, 0);

    fake.open.get('b')!.onEnd?.(); // b stopped
    fake.open.delete('b');
    hub.want(['a', 'b']);
    assert.equal(fake.open.has('b'), true, 'reopened when wanted again');

    hub.want([]);
    assert.equal(hub.get('a'), undefined, 'no stale sample once the row left');
    assert.equal(heardA, 2, 'told that its sample went');
  });
});
