import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, removeContainersNamed, testEnv, uniqueName } from '../support/env.js';

const prefix = uniqueName('sysprune');
let core: Core;

before(async () => {
  core = await startCore();
});
after(async () => {
  core.dispose();
  await removeContainersNamed(prefix);
  await docker('network', 'rm', `${prefix}-net`, `${prefix}-late-net`).catch(() => {});
  await docker('volume', 'rm', '-f', `${prefix}-vol`).catch(() => {});
});

test('system prune previews across resources, then removes exactly what the preview showed', async () => {
  const stopped = await docker('create', '--name', `${prefix}-stopped`, '--network', 'none', testEnv().image, 'true');
  const running = await docker('run', '-d', '--name', `${prefix}-running`, '--network', 'none', testEnv().image, 'sleep', '600');
  const network = await docker('network', 'create', `${prefix}-net`);
  await docker('volume', 'create', `${prefix}-vol`);

  const preview = await core.caller.call('system.prune', { dryRun: true, volumes: true });
  assert.ok(preview.containers.some((c) => c.id === stopped));
  assert.ok(!preview.containers.some((c) => c.id === running), 'a running container is never in a prune');
  assert.ok(preview.networks.some((n) => n.id === network));
  assert.ok(preview.volumes.some((v) => v.name === `${prefix}-vol`));
  assert.ok(preview.spaceReclaimedBytes >= 0);

  // Made after the preview: not chosen, so it stays.
  const late = await docker('network', 'create', `${prefix}-late-net`);
  const mine = {
    containers: [stopped],
    networks: [network],
    images: [] as string[],
    volumeNames: [`${prefix}-vol`],
  };
  const done = await core.caller.call('system.prune', { ...mine, volumes: true, buildCache: false });
  assert.deepEqual(done.containers.map((c) => c.id), [stopped]);
  assert.deepEqual(done.networks.map((n) => n.id), [network]);
  assert.equal(await docker('ps', '-aq', '--filter', `id=${stopped}`), '');
  assert.equal(await docker('network', 'ls', '-q', '--filter', `id=${late}`), late.slice(0, 12));
  assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=${prefix}-vol`), '');
  await assert.rejects(core.caller.call('system.prune', {}), { code: 'INVALID_INPUT' });
});
