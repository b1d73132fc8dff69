import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createCore } from '../../electron/core.js';
import type { EngineEvent, EngineStatus } from '../../shared/contract/engine.js';
import { startCore } from '../support/core.js';
import { docker, onPodman, startEngine, stopEngine, testEnv, uniqueName, waitFor } from '../support/env.js';

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

  test('no engine found: an engine that starts later at a default socket is noticed and used, with its dialect', async () => {
    // A machine of its own: no DOCKER_HOST, no context, and only the sockets under this folder exist.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-discovery-'));
    const runtimeDir = path.join(home, 'run');
    const core = createCore({
      dataDir: path.join(home, 'data'),
      endpointEnvironment: { platform: 'linux', env: { XDG_RUNTIME_DIR: runtimeDir }, homeDir: home, exists: (file) => file.startsWith(home) && fs.existsSync(file) },
      discoveryIntervalMs: 200,
    });
    try {
      await waitFor(() => core.connection.status.state === 'unavailable', 'no engine found');
      assert.equal(core.connection.status.endpoint, null);
      // The engine comes up where rootless Podman's socket is (a link to the test engine's).
      fs.mkdirSync(path.join(runtimeDir, 'podman'), { recursive: true });
      fs.symlinkSync(testEnv().socket, path.join(runtimeDir, 'podman', 'podman.sock'));
      const status = await waitFor(() => (core.connection.status.state === 'connected' ? core.connection.status : null), 'the engine to be found', 10000);
      assert.equal(status.endpoint.source, 'podman-socket');
      assert.equal(status.product, onPodman() ? 'podman' : 'docker', 'the dialect comes from the engine’s /version, not the socket’s name');
      assert.deepEqual(status.eventlessTypes, onPodman() ? ['network'] : []);
    } finally {
      core.dispose();
      fs.rmSync(home, { recursive: true, force: true });
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
      // Podman's containers are kept by their own conmon, not by the API service: they run on while it is away.
      const expected = onPodman() ? 'running' : 'exited';
      assert.equal(rows.find((r) => r.name === name)?.state, expected, `the container is there, ${expected}`);
    } finally {
      await startEngine();
      core.dispose();
      await docker('rm', '-f', name).catch(() => {});
    }
  });
});
