import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RunningContainers } from '../../electron/shell/tray/running-containers.js';

const event = (action: string, id: string) => ({ kind: 'engine' as const, type: 'container', action, id, attributes: {}, timeNano: 0 });

test('a list that still shows a container its die event stopped is not believed, and asked for again', () => {
  const running = new RunningContainers();
  running.noteEvent(event('die', 'a'));
  assert.deepEqual(running.reconcile([{ id: 'a' }, { id: 'b' }]), { rows: [{ id: 'b' }], stale: true });
  // The engine caught up: nothing stale, and the event is forgotten.
  assert.deepEqual(running.reconcile([{ id: 'b' }]), { rows: [{ id: 'b' }], stale: false });
  assert.deepEqual(running.reconcile([{ id: 'a' }, { id: 'b' }]), { rows: [{ id: 'a' }, { id: 'b' }], stale: false });
});

test('a later start wins over a die; a resync forgets everything', () => {
  const running = new RunningContainers();
  running.noteEvent(event('die', 'a'));
  running.noteEvent(event('start', 'a'));
  assert.deepEqual(running.reconcile([]), { rows: [], stale: true }, 'started but not listed yet');
  running.noteEvent({ kind: 'resync', reason: 'reconnected' });
  assert.deepEqual(running.reconcile([]), { rows: [], stale: false });
});
