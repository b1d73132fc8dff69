import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, freePort, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { makeFolder, removeImages, startImages, type ImageTester } from '../support/images.js';
import { removeNetworksNamed, removeVolumesNamed } from '../support/volumes.js';

const prefix = uniqueName('recreate');
// A subnet of this file's own, so that parallel test files never ask the engine for the same one.
const subnet = (n: number) => `10.${process.pid % 200}.${n}.0/24`;
let core: Core;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);

interface Inspected {
  Id: string;
  Name: string;
  Config: { Env: string[]; Image: string };
  State: { Running: boolean };
  Mounts: { Type: string; Name?: string; Source: string; Destination: string }[];
  HostConfig: { PortBindings: Record<string, { HostIp: string; HostPort: string }[]> | null };
  NetworkSettings: { Networks: Record<string, { Aliases: string[] | null }> };
}

async function inspect(ref: string): Promise<Inspected> {
  return (JSON.parse(await docker('inspect', ref)) as Inspected[])[0]!;
}

const page = async (port: number, file: string) =>
  waitFor(async () => {
    const res = await fetch(`http://127.0.0.1:${port}/${file}`).catch(() => null);
    return res?.ok ? (await res.text()).trim() : null;
  }, `the page on port ${port}`);

/** The containers named like the one under test: a recreate leaves exactly one, and never an "-berth-old-" one. */
async function namesLike(name: string): Promise<string[]> {
  return (await docker('ps', '-a', '--format', '{{.Names}}', '--filter', `name=${name}`)).split('\n').filter(Boolean).sort();
}

describe('edit → recreate on the real engine', () => {
  const name = `${prefix}-app`;
  const volume = `${prefix}-data`;
  const network = `${prefix}-net`;
  const extra = `${prefix}-extra`;
  let firstPort: number;

  before(async () => {
    core = await startCore();
    await docker('network', 'create', '--subnet', subnet(41), network);
    await docker('network', 'create', '--subnet', subnet(42), extra);
    firstPort = await freePort();
    await call('containers.run', {
      image: testEnv().image,
      name,
      env: [{ key: 'GREETING', value: 'one' }],
      ports: [{ hostIp: '127.0.0.1', hostPort: firstPort, containerPort: 80 }],
      mounts: [
        { type: 'volume', source: volume, target: '/www' },
        { type: 'volume', source: '', target: '/cache' },
      ],
      network,
      // The files are written once: a recreated container finds them in its volumes instead of writing them.
      cmd: ['sh', '-c', '[ -f /www/index.html ] || echo kept > /www/index.html; [ -f /cache/c ] || echo cached > /cache/c; cp /cache/c /www/c; echo "$GREETING" > /www/g; httpd -f -p 80 -h /www'],
    });
    await docker('network', 'connect', '--alias', 'second-name', extra, name);
  });

  after(async () => {
    core?.dispose();
    await removeContainersNamed(prefix);
    await removeVolumesNamed(prefix);
    await removeNetworksNamed(prefix);
  });

  test('a changed port and env: same name, same volume data (named and anonymous), same networks and aliases; the old one is kept in Recently removed', async () => {
    assert.equal(await page(firstPort, 'g'), 'one');
    const before = await inspect(name);
    const anonymous = before.Mounts.find((mount) => mount.Destination === '/cache')?.Name;
    assert.ok(anonymous, 'the anonymous volume exists');

    const { spec } = await call('containers.runCommand', { id: name });
    const secondPort = await freePort();
    const result = await call('containers.recreate', {
      id: before.Id,
      spec: {
        ...spec,
        env: [...spec.env.filter((entry) => entry.key !== 'GREETING'), { key: 'GREETING', value: 'two' }],
        ports: [{ hostIp: '127.0.0.1', hostPort: secondPort, containerPort: 80, protocol: 'tcp' }],
      },
    });
    assert.equal(result.name, name);
    assert.equal(result.previousId, before.Id);
    assert.notEqual(result.id, before.Id);
    assert.equal(result.started, true);

    const after = await inspect(name);
    assert.equal(after.Id, result.id);
    assert.ok(after.State.Running);
    assert.ok(after.Config.Env.includes('GREETING=two'));
    assert.deepEqual(after.HostConfig.PortBindings?.['80/tcp'], [{ HostIp: '127.0.0.1', HostPort: String(secondPort) }]);
    assert.equal(after.Mounts.find((mount) => mount.Destination === '/www')?.Name, volume);
    assert.equal(after.Mounts.find((mount) => mount.Destination === '/cache')?.Name, anonymous, 'the anonymous volume is carried over, not orphaned');
    assert.deepEqual(Object.keys(after.NetworkSettings.Networks).sort(), [extra, network].sort());
    assert.ok(after.NetworkSettings.Networks[extra]?.Aliases?.includes('second-name'), 'the alias on the other network is kept');

    assert.equal(await page(secondPort, 'g'), 'two');
    assert.equal(await page(secondPort, 'index.html'), 'kept', "the named volume's data is there");
    assert.equal(await page(secondPort, 'c'), 'cached', "the anonymous volume's data is there");
    assert.deepEqual(await namesLike(name), [name], 'the old container is gone, nothing left aside');

    const { containers } = await call('trash.list', {});
    const kept = containers.find((entry) => entry.id === before.Id);
    assert.equal(kept?.reason, 'recreated');
    assert.equal(kept?.spec.env.find((entry) => entry.key === 'GREETING')?.value, 'one', 'the old spec is what was kept');
  });

  test('a failure half-way (the host port is taken) puts the old container back, running, under its name', async () => {
    const before = await inspect(name);
    const { spec } = await call('containers.runCommand', { id: name });
    const taken = await freePort();
    const blocker = net.createServer().listen(taken, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      await assert.rejects(
        call('containers.recreate', { id: name, spec: { ...spec, ports: [{ hostIp: '127.0.0.1', hostPort: taken, containerPort: 80, protocol: 'tcp' }] } }),
        (error: { code: string; message: string }) => {
          assert.equal(error.code, 'CONFLICT');
          assert.match(error.message, new RegExp(String(taken)));
          assert.match(error.message, /put back as it was/);
          return true;
        },
      );
    } finally {
      blocker.close();
    }
    const after = await inspect(name);
    assert.equal(after.Id, before.Id, 'the same container, not a copy');
    assert.ok(after.State.Running, 'running again');
    assert.deepEqual(after.HostConfig.PortBindings, before.HostConfig.PortBindings);
    assert.deepEqual(await namesLike(name), [name], 'neither the new one nor an "-berth-old-" name is left');
  });

  test('a container started with --rm is refused, untouched', async () => {
    const once = `${prefix}-once`;
    const { id } = await call('containers.run', { image: testEnv().image, name: once, autoRemove: true, cmd: ['sleep', '60'] });
    const { spec } = await call('containers.runCommand', { id });
    await assert.rejects(call('containers.recreate', { id, spec: { ...spec, env: [{ key: 'A', value: '1' }] } }), { code: 'CONFLICT' });
    assert.equal((await inspect(id)).State.Running, true);
  });
});

describe('update image → recreate, after a newer image is pushed under the same tag', () => {
  let images: ImageTester;
  let repo: string;
  const folders: { dispose(): void }[] = [];
  const name = `${prefix}-updated`;

  /** An image with a layer of its own, tagged `reference`, pushed to the test registry; its id. */
  async function buildAndPush(reference: string): Promise<string> {
    const folder = makeFolder({ Dockerfile: `FROM ${testEnv().image}\nCOPY blob /blob\n`, blob: randomBytes(4096) });
    folders.push(folder);
    const built = (await images.stream('images.build', { context: folder.dir, tags: [reference] })).at(-1);
    assert.ok(built?.kind === 'done');
    const pushed = (await images.stream('images.push', { reference })).at(-1);
    assert.ok(pushed?.kind === 'done' && pushed.digest);
    return built.imageId;
  }

  before(async () => {
    images = await startImages();
    repo = `${testEnv().registry}/berth-test/${prefix.replace(/^berth-test-/, '')}-update`;
  });
  after(async () => {
    images?.core.dispose();
    await removeContainersNamed(name);
    const tagged = await docker('images', '-q', '--no-trunc', '--filter', `reference=${repo}`);
    await removeImages(...new Set(tagged.split('\n').filter(Boolean)));
    for (const folder of folders) folder.dispose();
  });

  test('the pull brings a new image id, the recreate runs it under the same name; the old image, removed, can be pulled again from Recently removed', async () => {
    const call: Core['caller']['call'] = (op, input, options) => images.core.caller.call(op, input, options);
    const reference = `${repo}:app`;
    const v1 = await buildAndPush(reference);
    await call('containers.run', { image: reference, name, cmd: ['sleep', '600'] });
    const v2 = await buildAndPush(reference);
    // The local tag back on the old image: as on a machine that has not pulled since the push.
    await docker('tag', v1, reference);

    const pulled = (await images.stream('images.pull', { reference })).at(-1);
    assert.ok(pulled?.kind === 'done');
    assert.equal(pulled.imageId, v2, 'the registry had a newer image');
    assert.equal((await inspect(name)).Config.Image, reference);
    const before = JSON.parse(await docker('inspect', '--format', '{{json .Image}}', name)) as string;
    assert.equal(before, v1, 'the container still runs the old one: the update is offered');

    const { spec } = await call('containers.runCommand', { id: name });
    const result = await call('containers.recreate', { id: name, spec });
    assert.equal(result.name, name);
    assert.equal(JSON.parse(await docker('inspect', '--format', '{{json .Image}}', name)), v2, 'the recreated container runs the new image');
    assert.ok((await inspect(name)).State.Running);

    const again = (await images.stream('images.pull', { reference })).at(-1);
    assert.ok(again?.kind === 'done');
    assert.equal(again.imageId, v2, 'pulled again: up to date');

    // The old image, untagged now, exists in the registry by digest: removing it keeps the way back.
    await images.call('images.remove', { image: v1 });
    const kept = (await call('trash.list', {})).images.find((image) => image.imageId === v1);
    assert.ok(kept, 'the removed image is in Recently removed');
    assert.match(kept.pullReference, new RegExp(`^${repo.replace(/[.]/g, '\\.')}@sha256:[a-f0-9]{64}$`));
    assert.equal(kept.present, false);
    const back = (await images.stream('images.pull', { reference: kept.pullReference })).at(-1);
    assert.ok(back?.kind === 'done');
    assert.equal(back.imageId, v1, 'pulled again by its reference: the same image');
    assert.equal((await call('trash.list', {})).images.find((image) => image.imageId === v1)?.present, true);
  });
});
