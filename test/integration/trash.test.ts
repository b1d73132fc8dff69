import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createCore, type Core } from '../../electron/core.js';
import { docker, engineUrl, freePort, ownEnv, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { asCopied, helpersLeft, inVolume, removeVolumesNamed, volumeFingerprint } from '../support/volumes.js';

const prefix = uniqueName('trash');
// Its own data folder, so that what this file finds in Recently removed is only what it put there.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-trash-data-'));
let core: Core;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);

async function coreOn(dir: string): Promise<Core> {
  const started = createCore({ engineSetting: engineUrl(), dataDir: dir, validateOutputs: true, backoffMs: [100, 200, 400] });
  await waitFor(() => started.connection.status.state === 'connected', 'the core to connect to the test engine');
  return started;
}

/** What "copy as docker run" covers, as `docker inspect` shows it: a restored container must match on all of it. */
async function inspectedFields(ref: string) {
  const [info] = JSON.parse(await docker('inspect', ref)) as {
    Name: string;
    Config: { Image: string; Env: string[]; Hostname: string; Cmd: string[] | null; Entrypoint: string[] | null; WorkingDir: string; User: string; Labels: Record<string, string>; Tty: boolean; OpenStdin: boolean };
    HostConfig: { PortBindings: unknown; RestartPolicy: unknown; AutoRemove: boolean; NetworkMode: string };
    Mounts: { Type: string; Name?: string; Source: string; Destination: string; RW: boolean }[];
    State: { Running: boolean };
  }[];
  assert.ok(info);
  return {
    name: info.Name,
    image: info.Config.Image,
    env: ownEnv(info),
    cmd: info.Config.Cmd,
    entrypoint: info.Config.Entrypoint,
    workingDir: info.Config.WorkingDir,
    user: info.Config.User,
    labels: info.Config.Labels,
    tty: info.Config.Tty,
    openStdin: info.Config.OpenStdin,
    ports: info.HostConfig.PortBindings,
    restart: info.HostConfig.RestartPolicy,
    autoRemove: info.HostConfig.AutoRemove,
    network: info.HostConfig.NetworkMode,
    mounts: info.Mounts.map((m) => ({ type: m.Type, source: m.Type === 'volume' ? m.Name : m.Source, destination: m.Destination, rw: m.RW })).sort((a, b) => a.destination.localeCompare(b.destination)),
    running: info.State.Running,
  };
}

const exists = async (kind: 'container' | 'volume', name: string) =>
  docker(kind, 'inspect', name).then(
    () => true,
    () => false,
  );

describe('Recently removed on the real engine', () => {
  const bind = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-trash-bind-'));

  before(async () => {
    core = await coreOn(dataDir);
    await call('settings.update', { trash: { keepDays: 7, volumeBudgetBytes: 64 * 1024 * 1024 } });
  });
  after(async () => {
    core?.dispose();
    await removeContainersNamed(prefix);
    await removeVolumesNamed(prefix);
    await docker('rmi', `${prefix}-img:1`).catch(() => undefined);
    fs.rmSync(bind, { recursive: true, force: true });
  });

  test('remove → restore from Recently removed matches docker inspect on every field copy-as-CLI covers, running again', async () => {
    const name = `${prefix}-full`;
    const port = await freePort();
    await call('containers.run', {
      image: testEnv().image,
      name,
      cmd: ['-c', 'echo hi > /data/hi; sleep 600'],
      entrypoint: ['sh'],
      env: [
        { key: 'MODE', value: 'test' },
        { key: 'API_TOKEN', value: 'not-a-real-secret' },
      ],
      ports: [{ hostIp: '127.0.0.1', hostPort: port, containerPort: 8080, protocol: 'tcp' }],
      mounts: [
        { type: 'volume', source: `${prefix}-full-data`, target: '/data' },
        { type: 'volume', source: '', target: '/scratch' },
        { type: 'bind', source: bind, target: '/host', readOnly: true },
      ],
      workingDir: '/data',
      user: '0:0',
      restart: 'unless-stopped',
      labels: { 'dev.berth.test': prefix, tier: 'web' },
      tty: true,
      interactive: true,
    });
    const before = await inspectedFields(name);
    const { spec: specBefore } = await call('containers.runCommand', { id: name });
    await assert.rejects(call('containers.remove', { id: name }), { code: 'CONFLICT' }, 'a running container is refused without force');
    assert.equal((await call('trash.list', {})).containers.filter((c) => c.name === name).length, 0, 'a refused removal keeps nothing');

    await call('containers.remove', { id: name, force: true });
    assert.equal(await exists('container', name), false);
    const listed = (await call('trash.list', {})).containers.find((c) => c.name === name);
    assert.ok(listed, 'it is in Recently removed');
    assert.equal(listed.reason, 'removed');
    assert.equal(listed.wasRunning, true);
    assert.deepEqual(listed.warnings, { imageMissing: false, missingVolumes: [], nameTaken: false });
    assert.equal(listed.anonymousVolumes.length, 1);

    const restored = await call('trash.containers.restore', { entry: listed.entry });
    assert.equal(restored.name, name);
    assert.equal(restored.started, true);
    assert.deepEqual(await inspectedFields(name), before);
    assert.deepEqual((await call('containers.runCommand', { id: name })).spec, specBefore);
    assert.equal(await inVolume(`${prefix}-full-data`, 'cat /data/hi'), 'hi');
    assert.equal((await call('trash.list', {})).containers.some((c) => c.entry === listed.entry), false, 'the entry is gone once restored');
  });

  test('restore warns of what it meets: a name taken (CONFLICT, then another name), an image gone (NOT_FOUND until it is back)', async () => {
    const name = `${prefix}-warn`;
    const image = `${prefix}-img:1`;
    await docker('tag', testEnv().image, image);
    await call('containers.run', { image, name, cmd: ['sleep', '600'], mounts: [{ type: 'volume', source: `${prefix}-warn-gone`, target: '/gone' }] });
    await call('containers.remove', { id: name, force: true });
    await docker('volume', 'rm', `${prefix}-warn-gone`);
    await docker('rmi', image);
    await call('containers.run', { image: testEnv().image, name, cmd: ['sleep', '600'] });

    const entry = (await call('trash.list', {})).containers.find((c) => c.name === name && c.image === image);
    assert.ok(entry);
    assert.deepEqual(entry.warnings, { imageMissing: true, missingVolumes: [`${prefix}-warn-gone`], nameTaken: true });
    await assert.rejects(call('trash.containers.restore', { entry: entry.entry }), (error: { code: string; message: string }) => {
      assert.equal(error.code, 'CONFLICT');
      assert.match(error.message, /another name/);
      return true;
    });
    await assert.rejects(call('trash.containers.restore', { entry: entry.entry, name: `${name}-2` }), (error: { code: string; message: string }) => {
      assert.equal(error.code, 'NOT_FOUND');
      assert.match(error.message, /pull it/);
      return true;
    });
    await docker('tag', testEnv().image, image);
    const restored = await call('trash.containers.restore', { entry: entry.entry, name: `${name}-2` });
    assert.equal(restored.name, `${name}-2`);
    assert.ok(await exists('volume', `${prefix}-warn-gone`), 'the missing volume is made anew');
  });

  test('container prune keeps every pruned container; one restores in a click', async () => {
    const names = [`${prefix}-p1`, `${prefix}-p2`];
    const ids: string[] = [];
    for (const name of names) {
      const { id } = await call('containers.run', { image: testEnv().image, name, cmd: ['true'], labels: { pruned: name } });
      ids.push(id);
    }
    for (const id of ids) await docker('wait', id);
    const pruned = await call('containers.prune', { dryRun: false, ids });
    assert.deepEqual(pruned.containers.map((c) => c.name).sort(), names);
    const kept = (await call('trash.list', {})).containers.filter((c) => names.includes(c.name));
    assert.deepEqual(kept.map((c) => c.reason), ['pruned', 'pruned']);
    const first = kept.find((c) => c.name === names[0])!;
    assert.equal(first.wasRunning, false);
    const restored = await call('trash.containers.restore', { entry: first.entry });
    assert.equal(restored.started, false, 'it was stopped: it comes back stopped');
    assert.equal(JSON.parse(await docker('inspect', '--format', '{{json .Config.Labels}}', names[0]!)).pruned, names[0]);
  });

  test('volume remove → restore gives the same files, modes and owners; the archive and its description are 0600 in 0700 folders', async () => {
    const volume = `${prefix}-vol`;
    await docker('volume', 'create', '--label', 'purpose=test', volume);
    await inVolume(volume, 'mkdir -p /data/a/b && echo one > /data/a/one && printf x > /data/a/b/x && chmod 640 /data/a/one && chown 1234:5678 /data/a/b/x && chmod 700 /data/a/b && ln -s a/one /data/link');
    const fingerprint = await volumeFingerprint(volume);
    await call('volumes.remove', { name: volume });
    assert.equal(await exists('volume', volume), false);
    assert.equal(await helpersLeft(prefix), '', 'no helper left behind');

    const entry = (await call('trash.list', {})).volumes.find((v) => v.name === volume);
    assert.ok(entry);
    assert.equal(entry.nameTaken, false);
    assert.equal(entry.labels.purpose, 'test');
    assert.ok(entry.sizeBytes > 0);
    for (const file of [`volumes/${entry.entry}.tar`, `volumes/${entry.entry}.json`]) {
      assert.equal(fs.statSync(path.join(dataDir, 'trash', file)).mode & 0o777, 0o600, file);
    }
    for (const folder of ['trash', 'trash/volumes', 'trash/containers']) {
      assert.equal(fs.statSync(path.join(dataDir, folder)).mode & 0o777, 0o700, folder);
    }

    await call('trash.volumes.restore', { entry: entry.entry });
    assert.equal(await volumeFingerprint(volume), asCopied(fingerprint));
    assert.equal(JSON.parse(await docker('volume', 'inspect', '--format', '{{json .Labels}}', volume)).purpose, 'test');
    assert.equal(fs.existsSync(path.join(dataDir, 'trash', 'volumes', `${entry.entry}.tar`)), false, 'the archive goes once restored');
  });

  test('a volume name taken: CONFLICT, then restored under another name', async () => {
    const volume = `${prefix}-taken`;
    await docker('volume', 'create', volume);
    await inVolume(volume, 'echo old > /data/f');
    await call('volumes.remove', { name: volume });
    await docker('volume', 'create', volume);
    const entry = (await call('trash.list', {})).volumes.find((v) => v.name === volume);
    assert.equal(entry?.nameTaken, true);
    await assert.rejects(call('trash.volumes.restore', { entry: entry.entry }), { code: 'CONFLICT' });
    await call('trash.volumes.restore', { entry: entry.entry, name: `${volume}-back` });
    assert.equal(await inVolume(`${volume}-back`, 'cat /data/f'), 'old');
  });

  test('over the budget: refused with nothing removed, or removed without being kept when the user says so; older archives make room', async () => {
    await call('settings.update', { trash: { volumeBudgetBytes: 1024 * 1024 } });
    try {
      const big = `${prefix}-big`;
      await docker('volume', 'create', big);
      await inVolume(big, 'dd if=/dev/urandom of=/data/blob bs=1024 count=1500 2>/dev/null');
      await assert.rejects(call('volumes.remove', { name: big }), (error: { code: string; details?: { reason?: string } }) => {
        assert.equal(error.code, 'CONFLICT');
        assert.equal(error.details?.reason, 'over-budget');
        return true;
      });
      assert.ok(await exists('volume', big), 'refused: the volume is still there');
      assert.equal(fs.readdirSync(path.join(dataDir, 'trash', 'volumes')).some((file) => file.endsWith('.partial')), false, 'no partial archive left');
      await call('volumes.remove', { name: big, overBudget: 'discard' });
      assert.equal(await exists('volume', big), false);
      assert.equal((await call('trash.list', {})).volumes.some((v) => v.name === big), false, 'not kept');

      const [first, second] = [`${prefix}-fit1`, `${prefix}-fit2`];
      for (const volume of [first, second]) {
        await docker('volume', 'create', volume);
        await inVolume(volume, 'dd if=/dev/urandom of=/data/blob bs=1024 count=600 2>/dev/null');
      }
      await call('volumes.remove', { name: first! });
      await call('volumes.remove', { name: second! });
      const listed = await call('trash.list', {});
      assert.ok(listed.volumes.some((v) => v.name === second));
      assert.equal(listed.volumes.some((v) => v.name === first), false, 'the oldest archive made room');
      assert.ok(listed.volumeBytesUsed <= 1024 * 1024);
    } finally {
      await call('settings.update', { trash: { volumeBudgetBytes: 64 * 1024 * 1024 } });
    }
  });

  test('volume prune with undo: the preview says what fits, the pruned volumes are kept and restore', async () => {
    const volume = `${prefix}-pruned`;
    await docker('volume', 'create', volume);
    await inVolume(volume, 'echo pruned > /data/p');
    const preview = await call('volumes.prune', { dryRun: true });
    assert.equal(preview.volumes.find((v) => v.name === volume)?.fitsTrash, true);
    const pruned = await call('volumes.prune', { dryRun: false, names: [volume] });
    assert.deepEqual(
      pruned.volumes.map((v) => [v.name, v.kept]),
      [[volume, true]],
    );
    const entry = (await call('trash.list', {})).volumes.find((v) => v.name === volume);
    assert.equal(entry?.reason, 'pruned');
    await call('trash.volumes.restore', { entry: entry.entry });
    assert.equal(await inVolume(volume, 'cat /data/p'), 'pruned');
  });

  test('what is kept survives a restart of Berth; forget and empty drop it for good', async () => {
    const name = `${prefix}-restart`;
    await call('containers.run', { image: testEnv().image, name, cmd: ['true'] });
    await call('containers.remove', { id: name, force: true });
    const volume = `${prefix}-restart-vol`;
    await docker('volume', 'create', volume);
    await call('volumes.remove', { name: volume });
    core.dispose();
    core = await coreOn(dataDir);
    const listed = await call('trash.list', {});
    const container = listed.containers.find((c) => c.name === name);
    const kept = listed.volumes.find((v) => v.name === volume);
    assert.ok(container && kept, 'both are still there after a restart');

    await call('trash.forget', { kind: 'container', entry: container.entry });
    assert.equal((await call('trash.list', {})).containers.some((c) => c.entry === container.entry), false);
    await call('trash.empty', {});
    const emptied = await call('trash.list', {});
    assert.deepEqual([emptied.containers.length, emptied.volumes.length, emptied.images.length, emptied.volumeBytesUsed], [0, 0, 0, 0]);
    assert.deepEqual(fs.readdirSync(path.join(dataDir, 'trash', 'volumes')), [], 'the archives are deleted');
  });

  test('an entry id that is not one is INVALID_INPUT; one that does not exist is NOT_FOUND', async () => {
    await assert.rejects(call('trash.volumes.restore', { entry: '../../etc/passwd' }), { code: 'INVALID_INPUT' });
    await assert.rejects(call('trash.containers.restore', { entry: 'nothing-here' }), { code: 'NOT_FOUND' });
  });
});
