import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createCore } from '../../electron/core.js';
import type { EngineEvent, EngineStatus } from '../../shared/contract/engine.js';
import { startCore } from '../support/core.js';
import { docker, startEngine, stopEngine, testEnv, uniqueName, waitFor } from '../support/env.js';

describe('engine connection', () => {
  test('an engine that is not there is unavailable with the reason, and calls fail with ENGINE_UNAVAILABLE', async () => {
    const core = createCore({ engineSetting: 'unix:///tmp/berth-no-such-engine.sock', backoffMs: [60000] });
    try {
      await waitFor(() => core.connection.status.state === 'unavailable', 'unavailable');
      const status = core.connection.status as Extract<EngineStatus, { state: 'unavailable' }>;
      assert.match(status.reason, /does not exist/);
      await assert.rejects(core.caller.call('containers.list', {}), { code: 'ENGINE_UNAVAILABLE' });
    } finally {
      core.dispose();
    }
  });

  test('the engine going away is noticed without polling, and its return is followed by a resync', async () => {
    const core = await startCore();
    const name = uniqueName('conn');
    const statuses: string[] = [];
    const events: EngineEvent[] = [];
    core.connection.onStatus((s) => statuses.push(s.state));
    core.connection.onEvent((e) => events.push(e));
    try {
      await docker('run', '-d', '--name', name, testEnv().image, 'sleep', '3600');
      await stopEngine();
      await waitFor(() => core.connection.status.state === 'unavailable', 'unavailable after the engine stopped');
      await assert.rejects(core.caller.call('containers.list', {}), { code: 'ENGINE_UNAVAILABLE' });
      await startEngine();
      await waitFor(() => core.connection.status.state === 'connected', 'connected again', 30000);
      assert.ok(events.some((e) => e.kind === 'resync'), 'subscribers were told to resync');
      assert.deepEqual(statuses.slice(0, 1), ['unavailable']);
      const rows = await core.caller.call('containers.list', { all: true });
      assert.equal(rows.find((r) => r.name === name)?.state, 'exited', 'the container is there, stopped with its engine');
    } finally {
      await startEngine();
      core.dispose();
      await docker('rm', '-f', name).catch(() => {});
    }
  });
});
