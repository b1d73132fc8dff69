// What a container event says about its state, and whether a row the engine lists afterwards is older than it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyClaim, claimOf, ClaimTracker, contradicts } from '../../shared/container-claims.js';
import type { EngineEvent } from '../../shared/contract/engine.js';
import type { Timers } from '../../shared/timers.js';

type Engine = Extract<EngineEvent, { kind: 'engine' }>;
const event = (action: string, over: Partial<Engine> = {}): Engine => ({ kind: 'engine', type: 'container', action, id: 'c1', attributes: {}, timeNano: 10, ...over });
const running = { state: 'running' as const, status: 'Up 3 minutes', exitCode: null };

/** Timers the test runs by hand. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  const timers: Timers = { setTimeout: (run, ms) => (pending.set(next, { run, ms }), next++), clearTimeout: (handle) => pending.delete(handle as number) };
  const fire = () => {
    const [id, entry] = [...pending.entries()][0]!;
    pending.delete(id);
    entry.run();
    return entry.ms;
  };
  return { timers, pending, fire };
}

describe('container claims', () => {
  test('die, start, pause and health_status claim a state; exec and images claim nothing', () => {
    assert.deepEqual(claimOf(event('die', { attributes: { exitCode: '3' } }))?.exitCode, 3);
    assert.deepEqual(claimOf(event('start'))?.states, ['running']);
    assert.equal(claimOf(event('health_status', { detail: 'unhealthy' }))?.health, 'unhealthy');
    assert.equal(claimOf(event('exec_start')), null);
    assert.equal(claimOf({ ...event('start'), type: 'image' }), null);
    assert.equal(claimOf({ kind: 'resync', reason: 'r' }), null);
  });

  test('a row still "running" after a die is older than the event, and is shown exited with its code', () => {
    const die = claimOf(event('die', { attributes: { exitCode: '137' } }))!;
    assert.equal(contradicts(running, die), true);
    assert.deepEqual(applyClaim(running, die), { state: 'exited', exitCode: 137, status: 'Exited (137) Less than a second ago' });
    const exited = { state: 'exited' as const, status: 'Exited (137) 1 second ago', exitCode: 137 };
    assert.equal(applyClaim(exited, die), exited, 'a row that agrees is kept as it is');
    const health = claimOf(event('health_status', { detail: 'healthy' }))!;
    assert.equal(applyClaim({ ...running, status: 'Up 3 minutes (health: starting)' }, health).status, 'Up 3 minutes (healthy)');
  });

  test('a contradicting row is refused and asked for again with a bounded backoff, then believed', () => {
    const { timers, pending, fire } = manualTimers();
    const rechecked: string[] = [];
    const tracker = new ClaimTracker((id) => rechecked.push(id), timers, [10, 20]);
    tracker.note('c1', claimOf(event('die', { attributes: { exitCode: '0' } }))!);
    assert.equal(tracker.accept('c1', running), false);
    assert.equal(fire(), 10);
    assert.equal(tracker.accept('c1', running), false);
    assert.equal(fire(), 20);
    assert.deepEqual(rechecked, ['c1', 'c1']);
    assert.equal(tracker.accept('c1', running), true, 'after the last recheck the engine is believed');
    assert.equal(pending.size, 0, 'nothing scheduled once nothing contradicts anything');
    tracker.note('c1', claimOf(event('start', { timeNano: 20 }))!);
    tracker.note('c1', claimOf(event('die', { timeNano: 15 }))!);
    assert.equal(tracker.claimFor('c1')?.action, 'start', 'an event that arrived late does not replace a newer one');
    assert.equal(tracker.accept('c1', running), true);
  });
});
