import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, removeContainersNamed, testEnv, uniqueName } from '../support/env.js';
import { helpersLeft, inVolume, removeVolumesNamed } from '../support/volumes.js';

const prefix = uniqueName('vol');
let core: Core;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);
const list = (names: string[]) => call('volumes.list', { names });

// Containers here need no network: `--network none` keeps them off everything, the engine's bridge included.
describe('volumes against the real engine', () => {
  before(async () => {
    core = await startCore();
  });
  afterEach(async () => {
    assert.equal(await helpersLeft(prefix), '', 'no helper container is left behind');
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
    await removeVolumesNamed(prefix);
  });

  test('a named volume made by Berth carries data from one container to the next after the first is removed', async () => {
    const name = `${prefix}-carry`;
    const made = await call('volumes.create', { name, labels: { 'dev.berth.test': 'carry' } });
    assert.equal(made.name, name);
    assert.equal(made.driver, 'local');
    assert.equal(made.anonymous, false);
    assert.deepEqual(made.labels, { 'dev.berth.test': 'carry' });
    assert.equal(await docker('volume', 'inspect', '--format', '{{.Labels}}', name), 'map[dev.berth.test:carry]');

    const { id: writer } = await call('containers.run', {
      image: testEnv().image,
      name: `${prefix}-writer`,
      network: 'none',
      mounts: [{ type: 'volume', source: name, target: '/data' }],
      cmd: ['sh', '-c', 'echo written-by-the-first > /data/note.txt'],
    });
    assert.equal(await docker('wait', writer), '0');
    await call('containers.remove', { id: writer });
    assert.equal(await docker('ps', '-aq', '--filter', `id=${writer}`), '', 'the writer is gone');

    const { id: reader } = await call('containers.run', {
      image: testEnv().image,
      name: `${prefix}-reader`,
      network: 'none',
      mounts: [{ type: 'volume', source: name, target: '/data', readOnly: true }],
      cmd: ['cat', '/data/note.txt'],
    });
    assert.equal(await docker('wait', reader), '0');
    assert.equal(await docker('logs', reader), 'written-by-the-first');
  });

  test('the list gives driver, mountpoint, size, created time and the containers using it, running or not', async () => {
    const name = `${prefix}-listed`;
    await call('volumes.create', { name });
    await inVolume(name, 'head -c 300000 /dev/zero > /data/blob');
    const running = await docker('run', '-d', '--network', 'none', '--name', `${prefix}-running`, '-v', `${name}:/srv`, testEnv().image, 'sleep', '3600');
    const stopped = await docker('create', '--network', 'none', '--name', `${prefix}-stopped`, '-v', `${name}:/data:ro`, testEnv().image, 'true');

    const [volume] = await list([name]);
    assert.ok(volume);
    assert.equal(volume.driver, 'local');
    assert.equal(volume.scope, 'local');
    assert.equal(volume.mountpoint, await docker('volume', 'inspect', '--format', '{{.Mountpoint}}', name));
    assert.ok(volume.sizeBytes !== null && volume.sizeBytes >= 300000, `measured ${volume.sizeBytes}`);
    assert.ok(volume.created !== null && Math.abs(volume.created - Date.now() / 1000) < 300, 'created just now');
    assert.deepEqual(
      volume.containers.map((c) => [c.id, c.name, c.state, c.destination, c.readOnly]).sort(),
      [
        [running, `${prefix}-running`, 'running', '/srv', false],
        [stopped, `${prefix}-stopped`, 'created', '/data', true],
      ].sort(),
    );
    const [unmeasured] = await call('volumes.list', { names: [name], sizes: false });
    assert.equal(unmeasured?.sizeBytes, null, 'sizes: false skips measuring');
    const inspected = await call('volumes.inspect', { name });
    assert.equal(inspected.Name, name);
    await assert.rejects(call('volumes.inspect', { name: `${prefix}-nothing` }), { code: 'NOT_FOUND' });
  });

  test('anonymous volumes are told apart from named ones', async () => {
    const container = await docker('create', '--network', 'none', '--name', `${prefix}-anon`, '-v', '/scratch', testEnv().image, 'true');
    const anonymous = await docker('inspect', '--format', '{{range .Mounts}}{{.Name}}{{end}}', container);
    assert.match(anonymous, /^[0-9a-f]{64}$/);
    const named = `${prefix}-named`;
    await call('volumes.create', { name: named });
    const rows = await call('volumes.list', { sizes: false });
    assert.equal(rows.find((v) => v.name === anonymous)?.anonymous, true);
    assert.equal(rows.find((v) => v.name === anonymous)?.containers[0]?.name, `${prefix}-anon`);
    assert.equal(rows.find((v) => v.name === named)?.anonymous, false);
    await docker('rm', '-v', container);
  });

  test('create refuses a name in use and a malformed name; driver options reach the engine', async () => {
    const name = `${prefix}-twice`;
    await call('volumes.create', { name });
    await assert.rejects(call('volumes.create', { name }), { code: 'CONFLICT', message: /already exists/ });
    await assert.rejects(call('volumes.create', { name: '-leading-dash' }), { code: 'INVALID_INPUT' });
    await assert.rejects(call('volumes.create', { name: 'has/slash' }), { code: 'INVALID_INPUT' });
    const tmpfs = `${prefix}-tmpfs`;
    const made = await call('volumes.create', { name: tmpfs, driverOptions: { type: 'tmpfs', device: 'tmpfs', o: 'mode=1777' } });
    // Not size=: Podman reads size and inodes as quota options, which its storage here cannot give.
    assert.deepEqual(made.options, { type: 'tmpfs', device: 'tmpfs', o: 'mode=1777' });
    assert.equal(await inVolume(tmpfs, "grep ' /data ' /proc/mounts | cut -d' ' -f3"), 'tmpfs', 'the volume is a tmpfs when mounted');
  });

  test('removing a volume in use is refused with its containers named, and works once they are gone', async () => {
    const name = `${prefix}-busy`;
    await call('volumes.create', { name });
    const user = await docker('create', '--network', 'none', '--name', `${prefix}-user`, '-v', `${name}:/data`, testEnv().image, 'true');
    await assert.rejects(call('volumes.remove', { name }), (error: { code: string; message: string; details: { containers: { id: string; name: string }[] } }) => {
      assert.equal(error.code, 'CONFLICT');
      assert.match(error.message, new RegExp(`${prefix}-user`));
      assert.deepEqual(error.details.containers.map((c) => c.id), [user]);
      return true;
    });
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=^${name}$`), name, 'still there');
    await docker('rm', user);
    await call('volumes.remove', { name });
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=^${name}$`), '');
    await assert.rejects(call('volumes.remove', { name }), { code: 'NOT_FOUND' });
  });

  test('prune in two steps: the preview lists unused volumes with sizes; only the chosen ones still unused go', async () => {
    const [keep, chosen, laterUsed, inUse] = ['keep', 'chosen', 'later', 'inuse'].map((s) => `${prefix}-prune-${s}`) as [string, string, string, string];
    for (const name of [keep, chosen, laterUsed, inUse]) await call('volumes.create', { name });
    await inVolume(chosen, 'head -c 50000 /dev/zero > /data/f');
    await docker('create', '--network', 'none', '--name', `${prefix}-pruneuser`, '-v', `${inUse}:/data`, testEnv().image, 'true');

    const preview = await call('volumes.prune', { dryRun: true });
    const previewed = preview.volumes.map((v) => v.name);
    for (const name of [keep, chosen, laterUsed]) assert.ok(previewed.includes(name), `${name} is unused`);
    assert.ok(!previewed.includes(inUse), 'a volume a stopped container mounts is not unused');
    assert.ok((preview.volumes.find((v) => v.name === chosen)?.sizeBytes ?? 0) >= 50000);
    assert.ok(preview.spaceReclaimedBytes >= 50000);
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=^${chosen}$`), chosen, 'the preview removes nothing');

    await docker('create', '--network', 'none', '--name', `${prefix}-latecomer`, '-v', `${laterUsed}:/data`, testEnv().image, 'true');
    const result = await call('volumes.prune', { names: [chosen, laterUsed, inUse] });
    assert.deepEqual(result.volumes.map((v) => v.name), [chosen]);
    assert.ok(result.spaceReclaimedBytes >= 50000);
    const left = (await docker('volume', 'ls', '-q', '--filter', `name=^${prefix}-prune-`)).split('\n').sort();
    assert.deepEqual(left, [inUse, keep, laterUsed].sort());
    await assert.rejects(call('volumes.prune', {}), { code: 'INVALID_INPUT' });
  });
});
