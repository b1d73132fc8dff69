import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dependsOnFromFiles, dependsOnFromLabel, levelsByCreation, startLevels } from '../../electron/services/compose/start-order.js';

describe('compose start order', () => {
  test('dependencies come first, services of one level together', () => {
    const dependsOn = new Map([
      ['worker', ['web', 'db']],
      ['web', ['db']],
      ['cron', ['db']],
    ]);
    assert.deepEqual(startLevels(['worker', 'web', 'db', 'cron', 'init'], dependsOn), [['db', 'init'], ['cron', 'web'], ['worker']]);
  });

  test('a dependency with no container here is ignored', () => {
    assert.deepEqual(startLevels(['worker'], new Map([['worker', ['web']]])), [['worker']]);
  });

  test('a cycle still gives every service a level', () => {
    const levels = startLevels(['a', 'b', 'c'], new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]));
    assert.deepEqual(levels.flat().sort(), ['a', 'b', 'c']);
    assert.ok(levels.findIndex((level) => level.includes('c')) > levels.findIndex((level) => level.includes('a')), 'c after what it depends on');
  });

  test("compose v2's depends_on label", () => {
    assert.deepEqual(dependsOnFromLabel('db:service_healthy:false,cache:service_started:true'), ['db', 'cache']);
    assert.deepEqual(dependsOnFromLabel('db'), ['db']);
    assert.deepEqual(dependsOnFromLabel(''), []);
  });

  test('files: the list and map spellings, an override adding to the main file, anchors merged', () => {
    const main = [
      'x-common: &common',
      '  depends_on: [db]',
      'services:',
      '  db: { image: db }',
      '  web:',
      '    image: web',
      '    depends_on:',
      '      db: { condition: service_healthy }',
      '  worker:',
      '    <<: *common',
      '    image: worker',
    ].join('\n');
    const override = 'services:\n  worker:\n    depends_on: [web]\n';
    assert.deepEqual(
      Object.fromEntries(dependsOnFromFiles([main, override])),
      { db: [], web: ['db'], worker: ['db', 'web'] },
    );
    assert.throws(() => dependsOnFromFiles(['services: [']));
  });

  test('without any depends_on: the order the containers were made in, one service at a time', () => {
    const created = new Map([
      ['worker', '2024-05-01T10:00:00.300000000Z'],
      ['web', '2024-05-01T10:00:00.100000000Z'],
      ['init', '2024-05-01T10:00:00.200000000Z'],
    ]);
    assert.deepEqual(levelsByCreation(created), [['web'], ['init'], ['worker']]);
  });
});
