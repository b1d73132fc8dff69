import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { SettingsStore } from '../../electron/services/settings/store.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'berth-settings-'));

describe('settings', () => {
  test('no file: defaults, and nothing is written until something changes', () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    assert.equal(store.get().theme, 'system');
    assert.equal(store.get().logBufferLines, 100_000);
    assert.deepEqual(store.problems, []);
    assert.equal(fs.existsSync(store.file), false);
    store.update((s) => ({ ...s, theme: 'dark' }));
    assert.equal(JSON.parse(fs.readFileSync(store.file, 'utf8')).theme, 'dark');
    assert.equal(new SettingsStore(dir).get().theme, 'dark', 'it survives a restart');
    assert.deepEqual(fs.readdirSync(dir), ['settings.json'], 'no temp file is left behind');
  });

  test('a version 1 file is migrated and saved as version 2, keeping what the user had', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ theme: 'light', engine: 'ssh://me@box', logLines: 50000 }));
    const store = new SettingsStore(dir);
    assert.deepEqual(store.problems, []);
    const settings = store.get();
    assert.equal(settings.version, 2);
    assert.equal(settings.theme, 'light');
    assert.equal(settings.logBufferLines, 50000);
    assert.deepEqual(settings.engines, [{ id: 'migrated', name: 'Engine', url: 'ssh://me@box' }]);
    assert.equal(settings.activeEngine, 'migrated');
    assert.equal(JSON.parse(fs.readFileSync(store.file, 'utf8')).version, 2);
  });

  test('a corrupt file is kept as a backup and reported, never silently discarded', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"theme": "dark", oops');
    const store = new SettingsStore(dir, () => new Date('2026-11-26T03:00:00Z'));
    assert.equal(store.get().theme, 'system');
    assert.equal(store.problems.length, 1);
    assert.match(store.problems[0]!, /could not be used .* kept as .*settings\.json\.broken-2026-11-26T03-00-00-000Z/);
    assert.equal(fs.readFileSync(path.join(dir, 'settings.json.broken-2026-11-26T03-00-00-000Z'), 'utf8'), '{"theme": "dark", oops');
  });

  test('a file with wrong values or from a newer Berth is set aside the same way', () => {
    for (const content of [JSON.stringify({ version: 2, theme: 'purple' }), JSON.stringify({ version: 99 }), '[]']) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'settings.json'), content);
      const store = new SettingsStore(dir);
      assert.equal(store.problems.length, 1, content);
      assert.equal(fs.readdirSync(dir).filter((f) => f.includes('broken')).length, 1);
    }
  });
});
