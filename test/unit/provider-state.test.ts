import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialStatus, transition, type ProviderEvent, type ProviderStatus } from '../../electron/engine/providers/state-machine.js';

function run(events: ProviderEvent[], from: ProviderStatus = initialStatus): ProviderStatus | Error {
  let status: ProviderStatus | Error = from;
  for (const event of events) {
    if (status instanceof Error) return status;
    status = transition(status, event);
  }
  return status;
}

test('the happy path: stopped → starting (with steps) → running → stopping → stopped', () => {
  const starting = run([{ type: 'start' }, { type: 'progress', step: 'Creating the VM' }]);
  assert.deepEqual(starting, { state: 'starting', step: 'Creating the VM', error: null });
  assert.deepEqual(run([{ type: 'start' }, { type: 'started' }]), { state: 'running', step: null, error: null });
  assert.deepEqual(run([{ type: 'start' }, { type: 'started' }, { type: 'stop' }, { type: 'stopped' }]), initialStatus);
});

test('refused transitions say why', () => {
  assert.match(String(run([{ type: 'stop' }])), /not running/);
  assert.match(String(run([{ type: 'start' }, { type: 'started' }, { type: 'start' }])), /already running/);
  assert.match(String(run([{ type: 'start' }, { type: 'start' }])), /starting; wait/);
  assert.match(String(run([{ type: 'start' }, { type: 'started' }, { type: 'stop' }, { type: 'stop' }])), /already stopping/);
});

test('a failure keeps its message and log lines; a new start clears it', () => {
  const failed = run([{ type: 'start' }, { type: 'failed', message: 'limactl exited with 1', lastLines: ['FATA[0001] no space left'] }]);
  assert.deepEqual(failed, { state: 'error', step: null, error: { message: 'limactl exited with 1', lastLines: ['FATA[0001] no space left'] } });
  assert.deepEqual(run([{ type: 'start' }], failed as ProviderStatus), { state: 'starting', step: 'Starting', error: null });
});

test('observing the world: found running, or found gone; never overrides a step in progress', () => {
  assert.equal((run([{ type: 'observed', running: true }]) as ProviderStatus).state, 'running');
  assert.equal((run([{ type: 'start' }, { type: 'started' }, { type: 'observed', running: false }]) as ProviderStatus).state, 'stopped');
  assert.equal((run([{ type: 'start' }, { type: 'observed', running: false }]) as ProviderStatus).state, 'starting');
  const failed = run([{ type: 'start' }, { type: 'failed', message: 'x', lastLines: [] }]) as ProviderStatus;
  assert.equal((transition(failed, { type: 'observed', running: false }) as ProviderStatus).state, 'error', 'an error stays until the user acts');
  assert.equal(transition(initialStatus, { type: 'progress', step: 'late' }), initialStatus);
});
