import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { patchContainerList, removeFromContainerList } from '../../renderer/src/api/live/list-patch.js';
import { buildView } from '../../renderer/src/features/containers/view-rows.js';
import { engineStatusText, formatPorts, statusText } from '../../renderer/src/features/containers/format.js';
import { humanDuration, parseHumanDuration } from '../../renderer/src/lib/time.js';
import { findMatches } from '../../renderer/src/lib/json-highlight.js';
import type { ContainerSummary } from '../../shared/contract/containers.js';
import { containerRow } from '../support/container-rows.js';
import { testT } from '../support/i18n.js';

function row(id: string, over: Partial<ContainerSummary> = {}): ContainerSummary {
  return containerRow({ id, name: `c-${id}`, image: 'img', ...over });
}

describe('patching the cached list from events', () => {
  test('a fresh row replaces its old one in place; others keep their identity', () => {
    const a = row('a');
    const b = row('b');
    const fresh = row('b', { state: 'exited', status: 'Exited (0) now' });
    const out = patchContainerList([a, b], { all: true }, ['b'], [fresh]);
    assert.deepEqual(out, [a, fresh]);
    assert.equal(out[0], a);
  });

  test('a new container is appended; one the engine no longer lists is dropped', () => {
    const a = row('a');
    assert.deepEqual(patchContainerList([a], { all: true }, ['n'], [row('n')]).map((r) => r.id), ['a', 'n']);
    assert.deepEqual(patchContainerList([a], { all: true }, ['a'], []), []);
  });

  test('a stopped container leaves a running-only list; nothing asked, nothing changed', () => {
    const a = row('a');
    assert.deepEqual(patchContainerList([a], { all: false }, ['a'], [row('a', { state: 'exited' })]), []);
    const list = [a];
    assert.equal(patchContainerList(list, { all: true }, ['zzz'], []), list);
    assert.equal(removeFromContainerList(list, new Set(['zzz'])), list);
    assert.deepEqual(removeFromContainerList(list, new Set(['a'])), []);
  });
});

describe('the grid view', () => {
  const options = { filter: 'all' as const, search: '', sort: { key: 'name' as const, direction: 'asc' as const }, collapsed: new Set<string>() };
  const list = [
    row('1', { name: 'zeta' }),
    row('2', { name: 'shop_web_1', composeProject: 'shop', composeService: 'web' }),
    row('3', { name: 'shop_db_1', composeProject: 'shop', composeService: 'db', state: 'exited' }),
    row('4', { name: 'alpha', state: 'exited' }),
  ];

  test('compose projects first as groups, then the rest, sorted by name', () => {
    const view = buildView(list, options);
    assert.deepEqual(view.rows.map((r) => (r.kind === 'group' ? `[${r.project} ${r.running}/${r.containers.length}]` : r.container.name)), [
      '[shop 1/2]',
      'shop_db_1',
      'shop_web_1',
      'alpha',
      'zeta',
    ]);
  });

  test('running filter, search and folding', () => {
    assert.deepEqual(buildView(list, { ...options, filter: 'running' }).matching.map((c) => c.name), ['shop_web_1', 'zeta']);
    assert.deepEqual(buildView(list, { ...options, search: 'DB' }).matching.map((c) => c.name), ['shop_db_1']);
    const folded = buildView(list, { ...options, collapsed: new Set(['shop']) });
    assert.deepEqual(folded.rows.map((r) => r.key), ['group:shop', '4', '1']);
    assert.equal(folded.matching.length, 4, 'select-all still sees folded containers');
  });
});

describe('formatting', () => {
  test('ports as docker ps shows them', () => {
    assert.match(formatPorts([{ ip: '127.0.0.1', privatePort: 80, publicPort: 8080, type: 'tcp' }]), /127\.0\.0\.1:8080.80\/tcp/);
  });

  test('the engine’s human durations round-trip', () => {
    for (const seconds of [0, 1, 30, 60, 300, 3600, 7200, 3 * 86400]) {
      const text = humanDuration(seconds);
      assert.equal(humanDuration(parseHumanDuration(text)!), text, text);
    }
    assert.equal(parseHumanDuration('soon'), null);
  });

  test('the status column ages the engine’s words; English is exactly the engine’s wording', async () => {
    const t = await testT('containers');
    const at = 1_000_000;
    assert.equal(statusText(t, 'Up 3 minutes (healthy)', undefined, at), 'Up 3 minutes (healthy)');
    assert.equal(statusText(t, 'Up 3 minutes', at, at + 120_000), 'Up 5 minutes');
    assert.equal(statusText(t, 'Up About a minute (Paused)', at, at + 500), 'Up About a minute (Paused)');
    assert.equal(statusText(t, 'Exited (0) 3 minutes ago', at, at + 60_000), 'Exited 4 minutes ago');
    assert.equal(statusText(t, 'Restarting (1) 5 seconds ago', undefined, at), 'Restarting (1) 5 seconds ago');
    assert.equal(statusText(t, 'Up 3 minutes ago', at, at + 120_000), 'Up 5 minutes ago', 'another engine’s shape is aged as it was');
    for (const status of ['Up Less than a second', 'Up 2 hours (health: starting)', 'Exited (137) 2 days ago', 'Created', 'Dead', 'Removal In Progress', 'Stopping']) {
      assert.equal(engineStatusText(t, status), status);
    }
  });

  test('the status in Chinese is worded from the parsed duration', async () => {
    const t = await testT('containers', 'zh-CN');
    try {
      const at = 1_000_000;
      assert.equal(statusText(t, 'Up 3 minutes', at, at + 120_000), '已运行 5分钟');
      assert.equal(statusText(t, 'Up 3 minutes (healthy)', undefined, at), '已运行 3分钟（健康）');
      assert.equal(statusText(t, 'Exited (0) 3 minutes ago', undefined, at), '已退出，3分钟前');
      assert.equal(engineStatusText(t, 'Exited (0) 3 minutes ago'), '已退出 (0)，3分钟前');
      assert.equal(engineStatusText(t, 'Created'), '已创建');
    } finally {
      await testT('containers');
    }
  });

  test('inspect search finds every match case-insensitively', () => {
    assert.deepEqual(findMatches('Env Env env', 'ENV'), [[0, 3], [4, 7], [8, 11]]);
    assert.deepEqual(findMatches('abc', ''), []);
  });
});
