import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { execFileSync, spawnSync } from 'node:child_process';
import Docker from 'dockerode';
import { DockerdProvider } from '../../electron/engine/providers/dockerd.js';
import type { ProviderState } from '../../electron/engine/providers/state-machine.js';
import { waitFor } from '../support/env.js';

// A second dockerd beside the test engine, which owns docker0: this one gets a bridge of its own. (Not
// --bridge=none: a dockerd started with it deletes docker0, taking the test engine's network away.)
const BRIDGE = 'berthm0';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-managed-'));
const provider = new DockerdProvider({
  dataRoot: path.join(root, 'data'),
  runDir: fs.mkdtempSync('/tmp/bm-'),
  extraArgs: [`--bridge=${BRIDGE}`, '--iptables=false', '--ip-masq=false'],
});

function ownBridge(): void {
  if (spawnSync('ip', ['link', 'show', BRIDGE]).status === 0) return;
  for (const args of [['link', 'add', BRIDGE, 'type', 'bridge'], ['addr', 'add', '10.215.0.1/24', 'dev', BRIDGE], ['link', 'set', BRIDGE, 'up']]) {
    execFileSync('ip', args);
  }
}

describe('the managed engine (Berth’s own dockerd), for real', () => {
  before(ownBridge);
  after(async () => {
    if (provider.status().state === 'running') await provider.stop();
    spawnSync('ip', ['link', 'delete', BRIDGE]);
  });

  test('start → running and answering on its own socket with its own data root; stop → gone; restart', async () => {
    const states: ProviderState[] = [];
    const steps: string[] = [];
    provider.onStatus((s) => {
      states.push(s.state);
      if (s.step) steps.push(s.step);
    });
    assert.equal(await provider.unavailableReason(), null);
    await provider.refresh();
    assert.equal(provider.status().state, 'stopped');

    await provider.start();
    assert.equal(provider.status().state, 'running');
    assert.ok(provider.startedByBerth);
    const docker = new Docker({ socketPath: provider.socketUrl().slice('unix://'.length) });
    const info = (await docker.info()) as { DockerRootDir: string; Containers: number };
    assert.equal(info.DockerRootDir, path.join(root, 'data', 'data'), 'its own data root, not the system’s');
    assert.equal(info.Containers, 0);
    await assert.rejects(provider.start(), { code: 'CONFLICT', message: /already running/ });

    await provider.stop();
    assert.equal(provider.status().state, 'stopped');
    await assert.rejects(docker.ping());
    const changes = states.filter((state, i) => state !== states[i - 1]); // progress steps repeat a state
    assert.deepEqual(changes, ['starting', 'running', 'stopping', 'stopped']);
    assert.ok(steps.includes('Waiting for the engine to answer'));

    await provider.start();
    assert.equal(String(await docker.ping()), 'OK');
    const logs: string[] = [];
    const controller = new AbortController();
    const following = provider.followLog((lines) => logs.push(...lines), controller.signal);
    await waitFor(() => logs.some((line) => /API listen on/.test(line)), 'the log to be read');
    controller.abort();
    await following;
    await provider.stop();
  });

  test('a dockerd that cannot start ends in error with its last log lines', async () => {
    const broken = new DockerdProvider({ dataRoot: path.join(root, 'broken'), runDir: fs.mkdtempSync('/tmp/bm-'), extraArgs: [`--bridge=${BRIDGE}`, '--no-such-flag'] });
    await assert.rejects(broken.start(), { message: /exited with code/ });
    const status = broken.status();
    assert.equal(status.state, 'error');
    assert.ok(status.error?.lastLines.some((line) => /no-such-flag/.test(line)), 'the log says why');
  });
});
