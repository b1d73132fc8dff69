import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { RunSpec } from '../../shared/run-spec.js';
import { carryVolumes } from '../../electron/services/containers/container-capture.js';
import { TrashStore, type StoredVolume } from '../../electron/services/trash/store.js';
import { pullReferenceOf } from '../../electron/services/trash/image-records.js';

const DAY = 24 * 60 * 60 * 1000;

function storeAt(limits: { keepDays: number; volumeBudgetBytes: number }, clock: { now: number }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-trash-unit-'));
  return { dir, store: new TrashStore(dir, () => limits, () => clock.now) };
}

/** A kept volume of `sizeBytes`, its archive written as a real file beside its description. */
function keepVolume(store: TrashStore, name: string, sizeBytes: number, removedAt: number): StoredVolume {
  const entry = store.newEntry();
  const partial = store.partialVolumeArchive(entry);
  fs.writeFileSync(partial, Buffer.alloc(sizeBytes));
  const record: StoredVolume = { entry, name, driver: 'local', labels: {}, sizeBytes, removedAt, reason: 'removed' };
  store.commitVolume(record, partial);
  return record;
}

describe('the trash folder', () => {
  test('entries older than keepDays are swept when listed, with their archives', () => {
    const clock = { now: 100 * DAY };
    const { dir, store } = storeAt({ keepDays: 7, volumeBudgetBytes: 1000 }, clock);
    const old = keepVolume(store, 'old', 10, clock.now - 8 * DAY);
    const recent = keepVolume(store, 'recent', 10, clock.now - 6 * DAY);
    assert.deepEqual(store.list('volume').map((v) => v.name), ['recent']);
    assert.equal(fs.existsSync(store.volumeArchive(old.entry)), false);
    assert.equal(fs.existsSync(store.volumeArchive(recent.entry)), true);
    fs.rmSync(dir, { recursive: true });
  });

  test('making room drops the oldest archives first, and refuses what could never fit', () => {
    const clock = { now: 10 * DAY };
    const { dir, store } = storeAt({ keepDays: 30, volumeBudgetBytes: 100 }, clock);
    keepVolume(store, 'a', 40, clock.now - 3000);
    keepVolume(store, 'b', 40, clock.now - 2000);
    assert.equal(store.makeRoomFor(101), false);
    assert.deepEqual(store.list('volume').map((v) => v.name), ['b', 'a'], 'nothing dropped for what cannot fit');
    assert.equal(store.makeRoomFor(50), true);
    assert.deepEqual(store.list('volume').map((v) => v.name), ['b']);
    assert.equal(store.volumeBytes(), 40);
    fs.rmSync(dir, { recursive: true });
  });

  test('a lowered budget, an interrupted write and an unreadable file are cleaned up or left out, never fatal', () => {
    const clock = { now: 10 * DAY };
    const limits = { keepDays: 30, volumeBudgetBytes: 100 };
    const { dir, store } = storeAt(limits, clock);
    keepVolume(store, 'a', 60, clock.now - 3000);
    keepVolume(store, 'b', 30, clock.now - 2000);
    const stale = store.partialVolumeArchive('stale-one');
    fs.writeFileSync(stale, 'half');
    fs.utimesSync(stale, new Date(clock.now - 120_000), new Date(clock.now - 120_000));
    const fresh = store.partialVolumeArchive('being-written');
    fs.writeFileSync(fresh, 'half');
    fs.utimesSync(fresh, new Date(clock.now), new Date(clock.now));
    fs.writeFileSync(path.join(store.root, 'volumes', 'broken.json'), '{ not json');
    limits.volumeBudgetBytes = 50;
    assert.deepEqual(store.list('volume').map((v) => v.name), ['b']);
    assert.equal(fs.existsSync(stale), false, 'an interrupted partial archive goes');
    assert.equal(fs.existsSync(fresh), true, 'one being written now stays');
    fs.rmSync(dir, { recursive: true });
  });

  test('files are 0600 and folders 0700; forget and empty delete', () => {
    const clock = { now: 10 * DAY };
    const { dir, store } = storeAt({ keepDays: 30, volumeBudgetBytes: 100 }, clock);
    const kept = keepVolume(store, 'a', 10, clock.now);
    assert.equal(fs.statSync(path.join(store.root, 'volumes', `${kept.entry}.json`)).mode & 0o777, 0o600);
    assert.equal(fs.statSync(path.join(store.root, 'volumes')).mode & 0o777, 0o700);
    store.forget('volume', kept.entry);
    assert.deepEqual(fs.readdirSync(path.join(store.root, 'volumes')), []);
    keepVolume(store, 'b', 10, clock.now);
    store.empty();
    assert.deepEqual(store.list('volume'), []);
    fs.rmSync(dir, { recursive: true });
  });
});

const spec = (mounts: RunSpec['mounts']): RunSpec => ({
  image: 'x',
  env: [],
  ports: [],
  mounts,
  restart: 'no',
  autoRemove: false,
  interactive: false,
  tty: false,
  labels: {},
});

describe('carrying anonymous volumes over a recreate', () => {
  const anonymous = [{ target: '/cache', name: 'h'.repeat(64) }];

  test('an anonymous mount kept in the edit is mounted again by name', () => {
    const before = spec([{ type: 'volume', source: '', target: '/cache', readOnly: false }]);
    assert.deepEqual(carryVolumes(before, before, anonymous).mounts, [{ type: 'volume', source: 'h'.repeat(64), target: '/cache', readOnly: false }]);
  });

  test("the image's own VOLUME (no mount in either spec) is carried; a mount the edit took out is not brought back", () => {
    const none = spec([]);
    assert.equal(carryVolumes(none, none, anonymous).mounts[0]?.source, 'h'.repeat(64));
    const before = spec([{ type: 'volume', source: '', target: '/cache', readOnly: false }]);
    assert.deepEqual(carryVolumes(before, none, anonymous).mounts, []);
  });

  test('a named or bind mount the edit put at that place wins', () => {
    const before = spec([{ type: 'volume', source: '', target: '/cache', readOnly: false }]);
    const after = spec([{ type: 'bind', source: '/srv/cache', target: '/cache', readOnly: false }]);
    assert.deepEqual(carryVolumes(before, after, anonymous).mounts, after.mounts);
  });
});

describe('the reference that pulls a removed image again', () => {
  test('a tag of a repository the registry gave a digest for; else repository@digest; none without a registry copy', () => {
    assert.equal(pullReferenceOf({ Id: 'i', RepoTags: ['local:1', 'reg/app:2'], RepoDigests: ['reg/app@sha256:abc'] }), 'reg/app:2');
    assert.equal(pullReferenceOf({ Id: 'i', RepoTags: [], RepoDigests: ['reg/app@sha256:abc'] }), 'reg/app@sha256:abc');
    assert.equal(pullReferenceOf({ Id: 'i', RepoTags: ['local:1'], RepoDigests: [] }), null);
    assert.equal(pullReferenceOf({ Id: 'i', RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'] }), null);
  });
});
