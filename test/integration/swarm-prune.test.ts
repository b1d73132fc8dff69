import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { dockerOn, swarmEngineUrl, testEnv, uniqueName, waitFor } from '../support/env.js';

// On the test environment's single-node swarm manager (its own dockerd): what a prune may never take there.
const prefix = uniqueName('swarm');
const swarm = (...args: string[]) => dockerOn(swarmEngineUrl(), ...args);
let core: Core;

describe('prune and remove on a swarm node leave what the swarm owns', () => {
  before(async () => {
    core = await startCore(swarmEngineUrl());
    assert.equal(await swarm('info', '--format', '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}'), 'active true');
  });
  after(async () => {
    core.dispose();
    await swarm('rm', '-f', `${prefix}-plain`).catch(() => {});
    const services = await swarm('service', 'ls', '-q', '--filter', `name=${prefix}`);
    if (services) await swarm('service', 'rm', ...services.split('\n'));
    // The swarm removes a service's task containers itself; its networks can go once they have.
    await waitFor(async () => (await swarm('ps', '-aq', '--filter', 'label=com.docker.swarm.service.id')) === '', 'the services’ tasks to go', 60_000);
    const networks = await swarm('network', 'ls', '-q', '--filter', `name=${prefix}`);
    if (networks) await swarm('network', 'rm', ...networks.split('\n')).catch(() => {});
  });

  test('networks: ingress, docker_gwbridge and a service’s network are never pruned; removing ingress is refused with why', async () => {
    const serviceNet = await swarm('network', 'create', '-d', 'overlay', `${prefix}-svcnet`);
    const freeOverlay = await swarm('network', 'create', '-d', 'overlay', `${prefix}-free`);
    const freeBridge = await swarm('network', 'create', `${prefix}-bridge`);
    await swarm('service', 'create', '-q', '--detach', '--no-resolve-image', '--name', `${prefix}-web`, '--network', `${prefix}-svcnet`, testEnv().image, 'sleep', '600');

    const rows = await core.caller.call('networks.list', {});
    const byName = (name: string) => rows.find((row) => row.name === name);
    assert.equal(byName('ingress')?.predefined, true);
    assert.equal(byName('docker_gwbridge')?.predefined, true);
    // Said as what each is for, not as "pre-defined" like bridge (the network pages show these words).
    assert.equal(byName('ingress')?.ownedBecause, 'routing-mesh');
    assert.equal(byName('docker_gwbridge')?.ownedBecause, 'gwbridge');

    const preview = await core.caller.call('networks.prune', { dryRun: true });
    const offered = preview.networks.map((n) => n.id);
    assert.ok(offered.includes(freeOverlay) && offered.includes(freeBridge), 'the user’s unused networks are offered');
    for (const kept of ['ingress', 'docker_gwbridge', `${prefix}-svcnet`]) {
      assert.ok(!preview.networks.some((n) => n.name === kept), `${kept} is not offered`);
    }

    // Even named explicitly, what the swarm owns is not pruned.
    const everything = rows.map((row) => row.id);
    const pruned = await core.caller.call('networks.prune', { ids: everything });
    const prunedIds = pruned.networks.map((n) => n.id);
    assert.ok(prunedIds.includes(freeOverlay) && prunedIds.includes(freeBridge), 'the user’s unused networks went');
    assert.ok(!pruned.networks.some((n) => ['ingress', 'docker_gwbridge', `${prefix}-svcnet`].includes(n.name)), 'the swarm’s stayed');
    assert.ok(await swarm('network', 'inspect', '--format', '{{.Id}}', 'ingress'));
    assert.ok(await swarm('network', 'inspect', '--format', '{{.Id}}', 'docker_gwbridge'));
    assert.equal(await swarm('network', 'inspect', '--format', '{{.Id}}', serviceNet), serviceNet);

    await assert.rejects(core.caller.call('networks.remove', { id: 'ingress' }), { code: 'FORBIDDEN', message: /routing mesh.*cannot be removed/ });
    await assert.rejects(core.caller.call('networks.remove', { id: 'docker_gwbridge' }), { code: 'FORBIDDEN', message: /overlay networks/ });

    // Prune everything: the same rules.
    const system = await core.caller.call('system.prune', { dryRun: true });
    assert.ok(!system.networks.some((n) => ['ingress', 'docker_gwbridge', `${prefix}-svcnet`].includes(n.name)));
  });

  test('containers: a service’s finished tasks are not offered as stopped containers while the service exists', async () => {
    const plain = await swarm('create', '--name', `${prefix}-plain`, testEnv().image, 'true');
    await swarm('service', 'create', '-q', '--detach', '--no-resolve-image', '--restart-condition', 'none', '--name', `${prefix}-once`, testEnv().image, 'true');
    const task = await waitFor(async () => {
      const id = await swarm('ps', '-aq', '--no-trunc', '--filter', `label=com.docker.swarm.service.name=${prefix}-once`, '--filter', 'status=exited');
      return id || null;
    }, 'the service’s task to finish');

    const preview = await core.caller.call('containers.prune', { dryRun: true });
    const offered = preview.containers.map((c) => c.id);
    assert.ok(offered.includes(plain), 'a plain stopped container is offered');
    assert.ok(!offered.includes(task), 'the task container is the swarm’s');

    const pruned = await core.caller.call('containers.prune', { ids: [plain, task] });
    assert.deepEqual(pruned.containers.map((c) => c.id), [plain]);
    assert.equal(await swarm('ps', '-aq', '--no-trunc', '--filter', `id=${task}`), task);
  });
});
