import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ContainerState, ContainerSummary } from '../../shared/contract/containers.js';
import { countUp, currentContainers, removableWithoutForce } from '../../renderer/src/features/containers/removal.js';

function row(id: string, state: ContainerState, status: string): ContainerSummary {
  const exitCode = /^Exited \((\d+)\)/.exec(status)?.[1];
  return {
    id,
    name: `proj_${id}_1`,
    image: 'berth-fixture/busybox:latest',
    imageId: 'sha256:1',
    command: 'sh',
    created: 1,
    state,
    status,
    exitCode: exitCode === undefined ? null : Number(exitCode),
    ports: [],
    labels: { 'com.docker.compose.project': 'proj' },
    composeProject: 'proj',
    composeService: id,
    mounts: [],
  };
}

test('a removal dialog reads its containers from the live list: a one-shot job that finished meanwhile is not running', () => {
  // The dialog opened while the job still ran; the list has moved on since (its die event).
  const atClick = [row('web', 'running', 'Up 2 seconds'), row('job', 'running', 'Up 1 second'), row('worker', 'running', 'Up 2 seconds')];
  const now = [row('web', 'running', 'Up 9 seconds'), row('job', 'exited', 'Exited (0) 5 seconds ago'), row('worker', 'running', 'Up 9 seconds')];
  assert.equal(countUp(atClick), 3);
  const shown = currentContainers(atClick.map((c) => c.id), now);
  assert.deepEqual(shown.map((c) => c.state), ['running', 'exited', 'running']);
  assert.equal(countUp(shown), 2);
  assert.deepEqual(shown.filter(removableWithoutForce).map((c) => c.id), ['job'], 'the finished job goes without Force');
});

test('containers gone from the engine drop out; the order asked is kept', () => {
  const now = [row('b', 'exited', 'Exited (0) 1 second ago'), row('a', 'created', 'Created')];
  assert.deepEqual(currentContainers(['a', 'gone', 'b'], now).map((c) => c.id), ['a', 'b']);
});

test('up means running, paused or restarting: the engine removes none of those without Force', () => {
  const states: [ContainerState, string, boolean][] = [
    ['running', 'Up 1 second', false],
    ['paused', 'Up 1 second (Paused)', false],
    ['restarting', 'Restarting (1) 2 seconds ago', false],
    ['exited', 'Exited (0) 2 seconds ago', true],
    ['created', 'Created', true],
    ['dead', 'Dead', true],
  ];
  for (const [state, status, removable] of states) assert.equal(removableWithoutForce(row('x', state, status)), removable, state);
  assert.equal(countUp(states.map(([state, status], i) => row(String(i), state, status))), 3);
});
