import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import type { VolumeTransferEvent } from '../../shared/contract/volumes.js';
import { startCore } from '../support/core.js';
import { docker, uniqueName } from '../support/env.js';
import { asCopied, helpersLeft, inVolume, removeVolumesNamed, volumeFingerprint } from '../support/volumes.js';

const prefix = uniqueName('voltx');
let core: Core;
let dir: string;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);
const volumeExists = async (name: string) => (await docker('volume', 'ls', '-q', '--filter', `name=^${name}$`)) === name;

async function transfer(op: 'volumes.export' | 'volumes.import', input: object, signal = new AbortController().signal) {
  const events: VolumeTransferEvent[] = [];
  await core.router.stream(op, input, (e) => events.push(e as VolumeTransferEvent), signal);
  return events;
}

/** Files with content, a folder, an empty folder, a symlink, odd modes and owners: what a backup has to keep. */
const fill = [
  'mkdir -p /data/db/empty /data/www',
  'head -c 3000000 /dev/urandom > /data/db/table.bin',
  'echo "<h1>hi</h1>" > /data/www/index.html',
  'chown -R 999:999 /data/db',
  'chmod 700 /data/db',
  'chmod 640 /data/db/table.bin',
  'ln -s www/index.html /data/home',
].join(' && ');

describe('export, import and clone of volumes through helper containers', () => {
  before(async () => {
    core = await startCore();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-volumes-'));
  });
  afterEach(async () => {
    assert.equal(await helpersLeft(prefix), '', 'no helper container is left behind');
  });
  after(async () => {
    core.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
    await removeVolumesNamed(prefix);
  });

  test('export → remove → import gives the same files, modes and owners, by checksum', async () => {
    const name = `${prefix}-backup`;
    await docker('volume', 'create', name);
    await inVolume(name, fill);
    const before = await volumeFingerprint(name);
    assert.match(before, /\.\/db\/table\.bin 640 999:999 [0-9a-f]{64}/);

    const file = path.join(dir, 'backup.tar');
    const exported = await transfer('volumes.export', { name, file });
    const done = exported.at(-1);
    assert.equal(done?.kind, 'done');
    assert.equal(done?.kind === 'done' && done.file, file);
    assert.equal(done?.bytes, fs.statSync(file).size, 'the bytes reported are the bytes written');
    const progress = exported.filter((e) => e.kind === 'progress');
    assert.ok(progress.length >= 1 && progress.every((e, i) => i === 0 || e.bytes >= (progress[i - 1]?.bytes ?? 0)), 'progress only grows');
    assert.ok(progress.every((e) => e.kind === 'progress' && e.totalBytes !== null && e.totalBytes >= 3_000_000), 'the estimate is the volume’s size');
    assert.equal(fs.readdirSync(dir).filter((f) => f.includes('partial')).length, 0, 'no partial file remains');

    await docker('volume', 'rm', name);
    const imported = await transfer('volumes.import', { name, file });
    assert.deepEqual(imported.at(-1), { kind: 'done', bytes: fs.statSync(file).size, file, createdVolume: true });
    assert.ok(imported.some((e) => e.kind === 'progress' && e.totalBytes === fs.statSync(file).size));
    assert.equal(await volumeFingerprint(name), asCopied(before));
  });

  test('import into a volume that holds files is a CONFLICT saying "not empty" unless overwriting is allowed', async () => {
    const source = `${prefix}-src`;
    const target = `${prefix}-full`;
    await docker('volume', 'create', source);
    await inVolume(source, 'echo new > /data/shared.txt && echo only-in-archive > /data/added.txt');
    const file = path.join(dir, 'src.tar');
    await transfer('volumes.export', { name: source, file });

    await docker('volume', 'create', target);
    await inVolume(target, 'echo old > /data/shared.txt && echo mine > /data/kept.txt && head -c 30000000 /dev/zero > /data/big');
    await assert.rejects(transfer('volumes.import', { name: target, file }), (error: { code: string; message: string; details: { notEmpty: boolean } }) => {
      assert.equal(error.code, 'CONFLICT');
      assert.match(error.message, /not empty/);
      assert.equal(error.details.notEmpty, true);
      return true;
    });
    assert.equal(await inVolume(target, 'cat /data/shared.txt'), 'old', 'nothing was written');
    assert.equal(await helpersLeft(prefix), '', 'the refused import removed its helper');

    const events = await transfer('volumes.import', { name: target, file, overwrite: true });
    assert.deepEqual(events.at(-1), { kind: 'done', bytes: fs.statSync(file).size, file, createdVolume: false });
    assert.equal(await inVolume(target, 'cat /data/shared.txt /data/added.txt /data/kept.txt && wc -c < /data/big'), 'new\nonly-in-archive\nmine\n30000000', 'same paths replaced, the rest kept');

    const empty = `${prefix}-empty`;
    await docker('volume', 'create', empty);
    await transfer('volumes.import', { name: empty, file });
    assert.equal(await inVolume(empty, 'cat /data/shared.txt'), 'new', 'an existing empty volume needs no overwrite');
  });

  test('a broken archive fails, leaves no helper, and the volume made for it is removed', async () => {
    const source = `${prefix}-tobreak`;
    await docker('volume', 'create', source);
    await inVolume(source, 'head -c 200000 /dev/urandom > /data/a && head -c 200000 /dev/urandom > /data/b');
    const whole = path.join(dir, 'whole.tar');
    await transfer('volumes.export', { name: source, file: whole });
    const truncated = path.join(dir, 'truncated.tar');
    fs.writeFileSync(truncated, fs.readFileSync(whole).subarray(0, 100_000));

    const name = `${prefix}-broken`;
    await assert.rejects(transfer('volumes.import', { name, file: truncated }), { code: 'INVALID_INPUT', message: /could not be unpacked/ });
    assert.equal(await volumeExists(name), false, 'the volume made for the failed import is gone');

    const notTar = path.join(dir, 'notes.txt');
    fs.writeFileSync(notTar, 'just some text, not an archive\n');
    await assert.rejects(transfer('volumes.import', { name, file: notTar }), { code: 'INVALID_INPUT', message: /not a tar archive/ });
    await assert.rejects(transfer('volumes.import', { name, file: path.join(dir, 'absent.tar') }), { code: 'NOT_FOUND', message: /does not exist/ });
    await assert.rejects(transfer('volumes.import', { name, file: dir }), { code: 'INVALID_INPUT', message: /not a file/ });
    await assert.rejects(transfer('volumes.import', { name, file: 'relative.tar' }), { code: 'INVALID_INPUT' });
    assert.equal(await volumeExists(name), false);
  });

  test('export checks its target path and refuses to overwrite unless asked; cancelled exports and imports leave nothing behind', async () => {
    const name = `${prefix}-exp`;
    await docker('volume', 'create', name);
    await inVolume(name, 'head -c 30000000 /dev/urandom > /data/big');

    await assert.rejects(transfer('volumes.export', { name, file: path.join(dir, 'no-such-folder', 'x.tar') }), { code: 'NOT_FOUND', message: /folder .* does not exist/ });
    await assert.rejects(transfer('volumes.export', { name, file: dir }), { code: 'INVALID_INPUT', message: /folder/ });
    await assert.rejects(transfer('volumes.export', { name, file: 'relative.tar' }), { code: 'INVALID_INPUT' });
    await assert.rejects(transfer('volumes.export', { name: `${prefix}-nothing`, file: path.join(dir, 'nothing.tar') }), { code: 'NOT_FOUND' });
    const taken = path.join(dir, 'taken.tar');
    fs.writeFileSync(taken, 'keep me');
    await assert.rejects(transfer('volumes.export', { name, file: taken }), { code: 'CONFLICT', message: /already exists/ });
    assert.equal(fs.readFileSync(taken, 'utf8'), 'keep me');

    const controller = new AbortController();
    const cancelled = path.join(dir, 'cancelled.tar');
    const events: VolumeTransferEvent[] = [];
    await core.router.stream(
      'volumes.export',
      { name, file: cancelled },
      (event) => {
        events.push(event as VolumeTransferEvent);
        controller.abort();
      },
      controller.signal,
    );
    assert.equal(events[0]?.kind, 'progress');
    assert.ok(!events.some((e) => e.kind === 'done'), 'it did not finish');
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.startsWith('cancelled')), [], 'neither the archive nor a partial file exists');
    assert.equal(await helpersLeft(prefix), '', 'the cancelled export removed its helper');

    const overwritten = await transfer('volumes.export', { name, file: taken, overwrite: true });
    assert.equal(overwritten.at(-1)?.kind, 'done');
    assert.ok(fs.statSync(taken).size > 30_000_000);

    const importing = new AbortController();
    const fresh = `${prefix}-cancelled-import`;
    const seen: VolumeTransferEvent[] = [];
    await core.router.stream('volumes.import', { name: fresh, file: taken }, (event) => {
      seen.push(event as VolumeTransferEvent);
      importing.abort();
    }, importing.signal);
    assert.equal(seen[0]?.kind, 'progress');
    assert.ok(!seen.some((e) => e.kind === 'done'), 'it did not finish');
    assert.equal(await volumeExists(fresh), false, 'the volume made for the cancelled import is gone');
    assert.equal(await helpersLeft(prefix), '', 'the cancelled import removed its helper');
  });

  test('clone makes a new volume with the same files, driver and labels, and refuses a name in use', async () => {
    const source = `${prefix}-orig`;
    await docker('volume', 'create', '--label', 'team=berth', source);
    await inVolume(source, fill);
    const target = `${prefix}-copy`;
    const clone = await call('volumes.clone', { source, target });
    assert.equal(clone.name, target);
    assert.equal(clone.driver, 'local');
    assert.deepEqual(clone.labels, { team: 'berth' });
    assert.ok((clone.sizeBytes ?? 0) >= 3_000_000);
    assert.equal(await volumeFingerprint(target), asCopied(await volumeFingerprint(source)));

    await inVolume(target, 'echo changed > /data/www/index.html');
    assert.equal(await inVolume(source, 'cat /data/www/index.html'), '<h1>hi</h1>', 'the copy is its own');
    await assert.rejects(call('volumes.clone', { source, target }), { code: 'CONFLICT', message: /already exists/ });
    await assert.rejects(call('volumes.clone', { source: `${prefix}-none`, target: `${prefix}-copy2` }), { code: 'NOT_FOUND' });
    assert.equal(await volumeExists(`${prefix}-copy2`), false);
    await assert.rejects(call('volumes.clone', { source, target: source }), { code: 'INVALID_INPUT' });
  });
});
