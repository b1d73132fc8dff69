import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildTrayMenu, trayIcon, type TrayItem, type TrayState } from '../../electron/shell/tray/menu-model.js';
import type { ProviderStatusValue } from '../../shared/contract/engine.js';

const endpoint = { url: 'unix:///var/run/docker.sock', source: 'default-socket' as const, detail: 'the system Docker socket' };
const provider = (over: Partial<ProviderStatusValue> = {}): ProviderStatusValue => ({
  kind: 'dockerd',
  unavailable: null,
  state: 'stopped',
  step: null,
  error: null,
  socketUrl: 'unix:///run/berth/docker.sock',
  startedByBerth: false,
  ...over,
});
const connected: TrayState['engine'] = { state: 'connected', endpoint, serverVersion: '20.10.24', apiVersion: '1.41' };
const unavailable: TrayState['engine'] = { state: 'unavailable', endpoint, reason: 'gone', retryAt: null };

const labels = (items: TrayItem[]) => items.map((i) => (i.separator ? '---' : `${i.label}${i.enabled === false ? ' (disabled)' : ''}`));

describe('tray menu model', () => {
  test('engine unavailable, Berth can run one: offer to start it', () => {
    const state: TrayState = { engine: unavailable, provider: provider(), running: [], recentRuns: [] };
    assert.deepEqual(labels(buildTrayMenu(state)), [
      'Engine unavailable (disabled)',
      'Start engine',
      '---',
      'Sign in to registry…',
      'Open Berth',
      'Quit Berth',
    ]);
    assert.equal(trayIcon(state), 'stopped');
    assert.deepEqual(buildTrayMenu(state)[1]!.action, { type: 'engine.start' });
  });

  test('starting: the step is shown and nothing can be clicked twice', () => {
    const state: TrayState = { engine: unavailable, provider: provider({ state: 'starting', step: 'Waiting for the engine to answer' }), running: [], recentRuns: [] };
    assert.deepEqual(labels(buildTrayMenu(state)).slice(0, 3), ['Engine: Waiting for the engine to answer… (disabled)', 'Start engine (disabled)', 'Stop engine (disabled)']);
    assert.equal(trayIcon(state), 'starting');
  });

  test('Berth’s own engine running with containers: stop/restart the engine, each container’s actions, run again', () => {
    const state: TrayState = {
      engine: connected,
      provider: provider({ state: 'running', startedByBerth: true }),
      running: [{ id: 'b2', name: 'web' }, { id: 'a1', name: 'api' }],
      recentRuns: [{ label: 'berth-fixture/busybox:latest (web)' }],
    };
    const menu = buildTrayMenu(state);
    assert.deepEqual(labels(menu), [
      'Engine running · Docker 20.10.24 (disabled)',
      'Stop engine',
      'Restart engine',
      '---',
      'api',
      'web',
      'Run again',
      '---',
      'Sign in to registry…',
      'Open Berth',
      'Quit Berth',
    ]);
    assert.deepEqual(menu[5]!.submenu!.map((i) => i.action), [
      { type: 'container.stop', id: 'b2' },
      { type: 'container.restart', id: 'b2' },
      { type: 'container.logs', id: 'b2' },
    ]);
    assert.deepEqual(menu[6]!.submenu![0]!.action, { type: 'run-again', index: 0 });
    assert.equal(trayIcon(state), 'running');
  });

  test('someone else’s engine connected, no containers; platform without an engine of Berth’s own', () => {
    const state: TrayState = { engine: connected, provider: provider({ unavailable: 'Lima is not installed' }), running: [], recentRuns: [] };
    assert.deepEqual(labels(buildTrayMenu(state)).slice(0, 3), ['Engine running · Docker 20.10.24 (disabled)', '---', 'No running containers (disabled)']);
  });

  test('an engine that failed to start shows why, with the error icon; many containers are capped', () => {
    const failed: TrayState = { engine: unavailable, provider: provider({ state: 'error', error: { message: 'dockerd exited with code 1', lastLines: [] } }), running: [], recentRuns: [] };
    assert.equal(buildTrayMenu(failed)[0]!.label, 'Engine failed: dockerd exited with code 1');
    assert.equal(trayIcon(failed), 'error');
    const many: TrayState = { engine: connected, provider: null, running: Array.from({ length: 20 }, (_, i) => ({ id: `${i}`, name: `c${String(i).padStart(2, '0')}` })), recentRuns: [] };
    const menu = buildTrayMenu(many);
    assert.equal(menu.filter((i) => i.submenu).length, 15);
    assert.ok(menu.some((i) => i.label === '5 more running…'));
  });
});
