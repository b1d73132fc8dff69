import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, onPodman, removeContainersNamed, testEnv, uniqueName } from '../support/env.js';
import { removeNetworksNamed } from '../support/volumes.js';

const prefix = uniqueName('net');
let core: Core;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);
const one = async (id: string) => (await call('networks.list', { ids: [id] }))[0];
/** The names of the containers the engine itself sees on a network (running ones: they have endpoints). */
const engineSees = async (network: string) =>
  (await docker('network', 'inspect', '--format', '{{range .Containers}}{{.Name}} {{end}}', network)).split(' ').filter(Boolean).sort();

/** Private 10.x subnets picked by this process's id, so that two runs at once rarely ask for the same one. */
const octet = process.pid % 200;

describe('networks against the real engine', () => {
  before(async () => {
    core = await startCore();
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
    await removeNetworksNamed(prefix);
  });

  test('create a bridge with subnet, gateway, internal and labels, as docker network inspect sees it', async () => {
    const name = `${prefix}-made`;
    const subnet = `10.${octet}.7.0/24`;
    const made = await call('networks.create', { name, subnet, gateway: `10.${octet}.7.254`, internal: true, labels: { purpose: 'test' } });
    assert.equal(made.name, name);
    assert.equal(made.driver, 'bridge');
    assert.equal(made.scope, 'local');
    assert.equal(made.internal, true);
    assert.equal(made.predefined, false);
    assert.deepEqual(made.subnets, [{ subnet, gateway: `10.${octet}.7.254` }]);
    assert.deepEqual(made.labels, { purpose: 'test' });
    assert.equal(
      await docker('network', 'inspect', '--format', '{{.Driver}} {{.Internal}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}', name),
      `bridge true ${subnet} 10.${octet}.7.254`,
    );
    const listed = await one(name);
    assert.deepEqual(listed, { ...made, containers: [] });
    const plain = await call('networks.create', { name: `${prefix}-plain` });
    assert.equal(plain.subnets.length, 1, 'the engine picks a subnet');
    assert.equal(plain.internal, false);

    await assert.rejects(call('networks.create', { name }), { code: 'CONFLICT', message: /already exists/ });
    await assert.rejects(call('networks.create', { name: `${prefix}-overlap`, subnet: `10.${octet}.7.128/25` }), { code: 'CONFLICT', message: /overlaps/ });
    await assert.rejects(call('networks.create', { name: `${prefix}-x`, subnet: `10.${octet}.8.0/24`, gateway: `10.${octet}.9.1` }), {
      code: 'INVALID_INPUT',
      message: /inside the subnet/,
    });
    await assert.rejects(call('networks.create', { name: `${prefix}-x`, subnet: '10.0.0.0/33' }), { code: 'INVALID_INPUT', message: /CIDR/ });
    await assert.rejects(call('networks.create', { name: `${prefix}-x`, gateway: '10.0.0.1' }), { code: 'INVALID_INPUT', message: /needs a subnet/ });
    // @ts-expect-error the contract offers bridge networks only: refused by the compiler and at run time
    await assert.rejects(call('networks.create', { name: `${prefix}-x`, driver: 'overlay' }), { code: 'INVALID_INPUT' });
    assert.equal(await docker('network', 'ls', '-q', '--filter', `name=^${prefix}-x$`), '', 'nothing was made by refused inputs');
  });

  test('connect and disconnect a running container, seen by docker network inspect; the list names it with its address', async () => {
    const name = `${prefix}-join`;
    await call('networks.create', { name, subnet: `10.${octet}.10.0/24` });
    // It starts on a network of its own rather than the engine's default bridge: nothing here needs that one.
    const home = `${prefix}-home`;
    await call('networks.create', { name: home });
    const container = `${prefix}-joiner`;
    const id = await docker('run', '-d', '--network', home, '--name', container, testEnv().image, 'sleep', '3600');

    await call('networks.connect', { network: name, container, ipv4Address: `10.${octet}.10.42`, aliases: ['db'] });
    assert.deepEqual(await engineSees(name), [container]);
    assert.equal(await docker('inspect', '--format', `{{(index .NetworkSettings.Networks "${name}").IPAddress}}`, container), `10.${octet}.10.42`);
    assert.match(await docker('inspect', '--format', `{{json (index .NetworkSettings.Networks "${name}").Aliases}}`, container), /"db"/);
    const listed = await one(name);
    assert.deepEqual(listed?.containers, [{ id, name: container, state: 'running', ipv4Address: `10.${octet}.10.42`, ipv6Address: null }]);
    await assert.rejects(call('networks.connect', { network: name, container }), { code: 'CONFLICT', message: /already connected/ });

    await call('networks.disconnect', { network: name, container });
    assert.deepEqual(await engineSees(name), []);
    assert.deepEqual((await one(name))?.containers, []);
    await assert.rejects(call('networks.disconnect', { network: name, container }), { code: 'CONFLICT', message: /not connected/ });
    await assert.rejects(call('networks.connect', { network: `${prefix}-nowhere`, container }), { code: 'NOT_FOUND' });
    await assert.rejects(call('networks.connect', { network: name, container: `${prefix}-nobody` }), { code: 'NOT_FOUND' });
    await assert.rejects(call('networks.connect', { network: name, container, ipv4Address: '10.0.0.300' }), { code: 'INVALID_INPUT' });
  });

  test('a network in use, even by a stopped container, is refused with CONFLICT naming it; removed once free', async () => {
    const name = `${prefix}-busy`;
    await call('networks.create', { name });
    const running = await docker('run', '-d', '--name', `${prefix}-on`, '--network', name, testEnv().image, 'sleep', '3600');
    const stopped = await docker('create', '--name', `${prefix}-off`, '--network', name, testEnv().image, 'true');
    const listed = await one(name);
    assert.deepEqual(listed?.containers.map((c) => [c.name, c.state]).sort(), [[`${prefix}-off`, 'created'], [`${prefix}-on`, 'running']]);
    assert.equal(listed?.containers.find((c) => c.state === 'created')?.ipv4Address, null);

    await assert.rejects(call('networks.remove', { id: name }), (error: { code: string; message: string; details: { containers: { id: string }[] } }) => {
      assert.equal(error.code, 'CONFLICT');
      assert.match(error.message, new RegExp(`${prefix}-on`));
      assert.match(error.message, new RegExp(`${prefix}-off`));
      assert.deepEqual(error.details.containers.map((c) => c.id).sort(), [running, stopped].sort());
      return true;
    });
    await docker('rm', '-f', running);
    await assert.rejects(call('networks.remove', { id: name }), { code: 'CONFLICT', message: new RegExp(`${prefix}-off \\(created\\)`) });
    await docker('rm', stopped);
    await call('networks.remove', { id: name });
    assert.equal(await docker('network', 'ls', '-q', '--filter', `name=^${name}$`), '');
    await assert.rejects(call('networks.remove', { id: name }), { code: 'NOT_FOUND' });
    await assert.rejects(call('networks.remove', { id: 'bridge' }), { code: 'FORBIDDEN', message: /pre-defined/ });
  });

  test('the list has the predefined networks, marked; inspect gives the engine’s JSON', async () => {
    const all = await call('networks.list', {});
    // Podman's default network is `podman` (its list calls it `bridge` for Docker clients; Berth uses its own
    // name, as its containers do), and it lists no host or none network.
    const defaultName = onPodman() ? 'podman' : 'bridge';
    const bridge = all.find((n) => n.name === defaultName);
    assert.equal(bridge?.predefined, true);
    assert.equal(bridge?.driver, 'bridge');
    assert.ok(bridge?.subnets[0]?.subnet, 'the default bridge has a subnet');
    if (!onPodman()) assert.equal(all.find((n) => n.name === 'host')?.predefined, true);
    const inspected = await call('networks.inspect', { id: defaultName });
    assert.equal(inspected.Name, defaultName);
    assert.equal(inspected.Id, bridge?.id);
    assert.deepEqual(await call('networks.list', { ids: [] }), []);
  });

  test('prune in two steps: the preview lists unused networks only; only the chosen ones still unused go', async () => {
    const [chosen, other, later, used] = ['chosen', 'other', 'later', 'used'].map((s) => `${prefix}-prune-${s}`) as [string, string, string, string];
    for (const name of [chosen, other, later, used]) await call('networks.create', { name });
    await docker('create', '--name', `${prefix}-pruneuser`, '--network', used, testEnv().image, 'true');

    const preview = await call('networks.prune', { dryRun: true });
    const names = preview.networks.map((n) => n.name);
    for (const name of [chosen, other, later]) assert.ok(names.includes(name), `${name} is unused`);
    assert.ok(!names.includes(used), 'a network a stopped container is on is not unused');
    assert.ok(!names.some((n) => ['bridge', 'host', 'none', 'podman'].includes(n)), 'predefined networks are never pruned');
    assert.equal(await docker('network', 'ls', '-q', '--filter', `name=^${chosen}$`) !== '', true, 'the preview removes nothing');

    await docker('create', '--name', `${prefix}-latecomer`, '--network', later, testEnv().image, 'true');
    const ids = preview.networks.filter((n) => [chosen, later].includes(n.name)).map((n) => n.id);
    const result = await call('networks.prune', { ids: [...ids, used] });
    assert.deepEqual(result.networks.map((n) => n.name), [chosen]);
    const left = (await docker('network', 'ls', '--format', '{{.Name}}', '--filter', `name=^${prefix}-prune-`)).split('\n').sort();
    assert.deepEqual(left, [later, other, used].sort());
    await assert.rejects(call('networks.prune', {}), { code: 'INVALID_INPUT' });
  });
});
