import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildTrayMenu, trayIcon, type TrayItem, type TrayState } from '../../electron/shell/tray/menu-model.js';
import type { ProviderStatusValue } from '../../shared/contract/engine.js';
import { createShellText } from '../../electron/shell/shell-text.js';

const { t } = createShellText('en');

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
const connected: TrayState['engine'] = { state: 'connected', endpoint, serverVersion: '20.10.24', apiVersion: '1.41', product: 'docker', eventlessTypes: [], limits: [] };
const unavailable: TrayState['engine'] = { state: 'unavailable', endpoint, reason: 'gone', retryAt: null };

const labels = (items: TrayItem[]) => items.map((i) => (i.separator ? '---' : `${i.label}${i.enabled === false ? ' (disabled)' : ''}`));

describe('tray menu model', () => {
  test('engine unavailable, Berth can run one: offer to start it', () => {
    const state: TrayState = { engine: unavailable, provider: provider(), running: [], recentRuns: [] };
    assert.deepEqual(labels(buildTrayMenu(state, t)), [
      'Engine unavailable (disabled)',
      'Start engine',
      '---',
      'Sign in to registry…',
      'Open Berth',
      'Quit Berth',
    ]);
    assert.equal(trayIcon(state), 'stopped');
    assert.deepEqual(buildTrayMenu(state, t)[1]!.action, { type: 'engine.start' });
  });

  test('starting: the step is shown and nothing can be clicked twice', () => {
    const state: TrayState = { engine: unavailable, provider: provider({ state: 'starting', step: 'Waiting for the engine to answer' }), running: [], recentRuns: [] };
    assert.deepEqual(labels(buildTrayMenu(state, t)).slice(0, 3), ['Engine: Waiting for the engine to answer… (disabled)', 'Start engine (disabled)', 'Stop engine (disabled)']);
    assert.equal(trayIcon(state), 'starting');
  });

  test('Berth’s own engine running with containers: stop/restart the engine, each container’s actions, run again', () => {
    const state: TrayState = {
      engine: connected,
      provider: provider({ state: 'running', startedByBerth: true }),
      running: [{ id: 'b2', name: 'web' }, { id: 'a1', name: 'api' }],
      recentRuns: [{ label: 'berth-fixture/busybox:latest (web)' }],
    };
    const menu = buildTrayMenu(state, t);
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
    assert.deepEqual(labels(buildTrayMenu(state, t)).slice(0, 3), ['Engine running · Docker 20.10.24 (disabled)', '---', 'No running containers (disabled)']);
  });

  test('an engine that failed to start shows why, with the error icon; many containers are capped', () => {
    const failed: TrayState = { engine: unavailable, provider: provider({ state: 'error', error: { message: 'dockerd exited with code 1', lastLines: [] } }), running: [], recentRuns: [] };
    assert.equal(buildTrayMenu(failed, t)[0]!.label, 'Engine failed: dockerd exited with code 1');
    assert.equal(trayIcon(failed), 'error');
    const many: TrayState = { engine: connected, provider: null, running: Array.from({ length: 20 }, (_, i) => ({ id: `${i}`, name: `c${String(i).padStart(2, '0')}` })), recentRuns: [] };
    const menu = buildTrayMenu(many, t);
    assert.equal(menu.filter((i) => i.submenu).length, 15);
    assert.ok(menu.some((i) => i.label === '5 more running…'));
  });

  test('the menu follows Settings › Language: zh-CN, auto from the OS’s languages, and back to English', () => {
    const text = createShellText('zh-CN');
    const state: TrayState = { engine: connected, provider: null, running: Array.from({ length: 17 }, (_, i) => ({ id: `${i}`, name: `c${i}` })), recentRuns: [] };
    const zh = labels(buildTrayMenu(state, text.t));
    assert.equal(zh[0], '引擎正在运行 · Docker 20.10.24 (disabled)');
    assert.ok(zh.includes('还有 2 个正在运行…'));
    assert.deepEqual(zh.slice(-3), ['登录镜像仓库…', '打开 Berth', '退出 Berth']);
    assert.equal(buildTrayMenu(state, text.t).find((i) => i.submenu)!.submenu![0]!.label, '停止');
    text.follow('auto', ['en-US', 'zh-CN']);
    assert.equal(buildTrayMenu(state, text.t)[0]!.label, 'Engine running · Docker 20.10.24');
    text.follow('auto', ['zh-Hans-SG']);
    assert.equal(buildTrayMenu(state, text.t).at(-1)!.label, '退出 Berth');
    text.follow('en', ['zh-CN']);
    assert.equal(buildTrayMenu(state, text.t).at(-1)!.label, 'Quit Berth');
  });
});
