import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { containerActions, defaultItems, imageTitle, paletteItems, runTitle } from '../../renderer/src/features/palette/palette-items.js';
import { highlightRuns, matchQuery, matchWord, rankItems } from '../../renderer/src/features/palette/palette-match.js';
import type { ContainerSummary } from '../../shared/contract/containers.js';
import type { ImageSummary } from '../../shared/contract/images.js';
import type { VolumeSummary } from '../../shared/contract/volumes.js';
import { RunSpec } from '../../shared/run-spec.js';
import { testT } from '../support/i18n.js';

const t = await testT('palette');

function container(name: string, state: ContainerSummary['state'] = 'running'): ContainerSummary {
  return {
    id: `${name}-id`.padEnd(64, '0'),
    name,
    image: 'nginx:1',
    imageId: 'sha256:1',
    command: 'sh',
    created: 1,
    state,
    status: state === 'running' ? 'Up 1 second' : 'Exited (0) 1 second ago',
    exitCode: state === 'running' ? null : 0,
    ports: [],
    labels: {},
    composeProject: null,
    composeService: null,
    mounts: [],
  };
}

function image(repository: string, tag: string, id = 'sha256:abcdef0123456789'): ImageSummary {
  return { id, repository, tag, digest: null, created: 1, sizeBytes: 1, dangling: repository === '<none>', containers: [], labels: {} };
}

function volume(name: string): VolumeSummary {
  return { name, driver: 'local', scope: 'local', mountpoint: '/', created: null, sizeBytes: null, labels: {}, options: {}, anonymous: false, containers: [] };
}

describe('palette matching', () => {
  test('the whole text beats a prefix, which beats a word start, which beats a substring, which beats scattered letters', () => {
    const score = (text: string) => matchWord('web', text)?.score ?? -1;
    assert.ok(score('web') > score('web-1'));
    assert.ok(score('web-1') > score('my-web'));
    assert.ok(score('my-web') > score('cobweb'));
    assert.ok(score('cobweb') > score('w-e-b'));
    assert.ok(score('w-e-b') > 0);
    assert.equal(matchWord('web', 'wbe'), null, 'letters must come in order');
    assert.equal(matchWord('webby', 'web'), null);
  });

  test('case does not matter; positions name the matched characters', () => {
    assert.deepEqual(matchWord('WEB', 'my-web-1')?.positions, [3, 4, 5]);
    assert.deepEqual(matchWord('wb1', 'web-1')?.positions, [0, 2, 4]);
  });

  test('scattered letters prefer word starts, and fall back to the earliest letters when that fails', () => {
    assert.deepEqual(matchWord('sd', 'shop-db-1')?.positions, [0, 5]);
    // Preferring the "a" after "_" would leave no "c" after it: the earlier "a" is used.
    assert.deepEqual(matchWord('ac', 'zabc_a')?.positions, [1, 3]);
  });

  test('every word of a query must match', () => {
    assert.ok(matchQuery('go eng', 'Go to Engine'));
    assert.equal(matchQuery('go volumes', 'Go to Engine'), null);
    assert.deepEqual(matchQuery('  ', 'anything'), { score: 0, positions: [] });
  });

  test('ranking: best first, ties by order then title; keywords match for less; a limit', () => {
    const items = [
      { title: 'api-gateway', order: 2 },
      { title: 'api', order: 2 },
      { title: 'Go to Images', order: 0 },
      { title: 'worker', keywords: 'nginx:1 api-image', order: 2 },
      { title: 'rapid', order: 2 },
    ];
    assert.deepEqual(
      rankItems(items, 'api').map((r) => r.item.title),
      ['api', 'api-gateway', 'rapid', 'worker'],
    );
    assert.deepEqual(rankItems(items, 'api', 2).map((r) => r.item.title), ['api', 'api-gateway']);
    assert.deepEqual(rankItems(items, 'api').at(-1)?.positions, [], 'a keyword match highlights nothing in the title');
    assert.deepEqual(rankItems(items, '').map((r) => r.item.title), items.map((i) => i.title), 'no query: the given order');
  });

  test('highlight runs', () => {
    assert.deepEqual(highlightRuns('web-1', [0, 1, 4]), [
      { text: 'we', match: true },
      { text: 'b-', match: false },
      { text: '1', match: true },
    ]);
    assert.deepEqual(highlightRuns('web', []), [{ text: 'web', match: false }]);
  });
});

describe('palette items', () => {
  const spec = RunSpec.parse({ image: 'nginx:1', name: 'web' });
  const sources = {
    pages: [{ id: 'containers' }, { id: 'engine' }] as const,
    recentRuns: [spec],
    containers: [container('zeta', 'exited'), container('alpha', 'exited'), container('mid')],
    images: [image('nginx', '1'), image('<none>', '<none>', 'sha256:0123456789abcdef')],
    volumes: [volume('data')],
  };
  const items = paletteItems(sources, t);

  test('pages, recent runs, containers (running first, then by name), images, volumes', () => {
    assert.deepEqual(
      items.map((i) => `${t(`groups.${i.group}`)}: ${i.title}`),
      [
        'Go to: Go to Containers',
        'Go to: Go to Engine',
        'Run again: Run again: web (nginx:1)',
        'Containers: mid',
        'Containers: alpha',
        'Containers: zeta',
        'Images: nginx:1',
        'Images: <none> 0123456789ab',
        'Volumes: data',
      ],
    );
    assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'ids are unique');
    assert.deepEqual(items.find((i) => i.group === 'runAgain')?.command, { type: 'runAgain', spec });
    assert.match(items.find((i) => i.group === 'runAgain')?.detail ?? '', /^docker run .*--name web .*nginx:1/);
  });

  test('a container’s actions follow its state; removing is always offered (it asks)', () => {
    assert.deepEqual(containerActions(container('a'), t).map((a) => a.title), ['Open', 'Stop', 'Restart', 'Show logs', 'Remove…']);
    assert.deepEqual(containerActions(container('b', 'exited'), t).map((a) => a.title), ['Open', 'Start', 'Show logs', 'Remove…']);
    const [, stop] = containerActions(container('a'), t);
    assert.equal(stop?.command.type === 'container' && stop.command.verb, 'stop');
  });

  test('images, volumes and containers have actions; pages and runs do not', () => {
    assert.deepEqual(items.find((i) => i.title === 'nginx:1')?.actions?.map((a) => a.title), ['Run…', 'Open', 'Remove…']);
    assert.deepEqual(items.find((i) => i.title === 'data')?.actions?.map((a) => a.title), ['Browse files', 'Details']);
    assert.equal(items.find((i) => i.group === 'go')?.actions, undefined);
  });

  test('with no query, a few of each group (every page)', () => {
    const many = paletteItems(
      {
        pages: [{ id: 'containers' }],
        recentRuns: [],
        containers: Array.from({ length: 20 }, (_, i) => container(`c${String(i).padStart(2, '0')}`)),
        images: [],
        volumes: [],
      },
      t,
    );
    assert.deepEqual(defaultItems(many, 3).map((i) => i.title), ['Go to Containers', 'c00', 'c01', 'c02']);
  });

  test('names', () => {
    assert.equal(imageTitle({ id: 'sha256:1', repository: 'r', tag: 't', digest: null }), 'r:t');
    assert.equal(imageTitle({ id: 'sha256:1', repository: 'r', tag: '<none>', digest: 'sha256:d' }), 'r@sha256:d');
    assert.equal(runTitle(RunSpec.parse({ image: 'busybox' }), t), 'Run again: busybox');
  });

  test('in another language: the titles in it, and a query in English finds them too', async () => {
    const zh = await testT('palette', 'zh-CN');
    const english = await testT('palette');
    const chinese = paletteItems(sources, zh, english);
    assert.deepEqual(
      chinese.slice(0, 3).map((i) => i.title),
      ['转到容器', '转到引擎', '再次运行：web（nginx:1）'],
    );
    const actions = containerActions(container('a'), zh, english);
    assert.deepEqual(actions.map((a) => a.title), ['打开', '停止', '重启', '查看日志', '删除…']);
    assert.deepEqual(rankItems(actions, 'restart').map((r) => r.item.title), ['重启'], 'the English title matches');
    assert.deepEqual(rankItems(actions, 'restart')[0]?.positions, [], 'nothing of the shown title is highlighted');
    assert.deepEqual(rankItems(actions, '重启').map((r) => r.item.title), ['重启'], 'the shown title matches');
    assert.deepEqual(rankItems(chinese, 'go engine').map((r) => r.item.title), ['转到引擎']);
    assert.equal(chinese.find((i) => i.title === 'nginx:1')?.altTitle, undefined, 'names are names in every language');
    assert.equal(items.find((i) => i.group === 'go')?.altTitle, undefined, 'English has no second title');
  });
});
