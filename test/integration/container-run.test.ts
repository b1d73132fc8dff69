import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, engineUrl, freePort, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';

const prefix = uniqueName('run');
let core: Core;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);

describe('running containers from a spec', () => {
  before(async () => {
    core = await startCore();
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
    await docker('volume', 'rm', '-f', `${prefix}-vol`).catch(() => {});
  });

  test('a published port serves busybox httpd; a named volume outlives its container', async () => {
    const port = await freePort();
    const volume = `${prefix}-vol`;
    const { id } = await call('containers.run', {
      image: testEnv().image,
      name: `${prefix}-web`,
      ports: [{ hostIp: '127.0.0.1', hostPort: port, containerPort: 80 }],
      mounts: [{ type: 'volume', source: volume, target: '/www' }],
      cmd: ['sh', '-c', 'echo served-by-berth > /www/index.html && httpd -f -p 80 -h /www'],
    });
    const body = await waitFor(async () => {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      return res.ok ? res.text() : null;
    }, 'the page on the published port');
    assert.equal(body.trim(), 'served-by-berth');

    await call('containers.remove', { id, force: true });
    const { id: reader } = await call('containers.run', {
      image: testEnv().image,
      name: `${prefix}-reader`,
      mounts: [{ type: 'volume', source: volume, target: '/data', readOnly: true }],
      cmd: ['cat', '/data/index.html'],
    });
    assert.equal(await docker('wait', reader), '0');
    assert.equal(await docker('logs', reader), 'served-by-berth');
  });

  test('a host port already taken fails with CONFLICT naming the port, and leaves no container behind', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      await assert.rejects(
        call('containers.run', { image: testEnv().image, name: `${prefix}-clash`, ports: [{ hostIp: '127.0.0.1', hostPort: port, containerPort: 80 }], cmd: ['sleep', '60'] }),
        (error: { code: string; message: string }) => {
          assert.equal(error.code, 'CONFLICT');
          assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${port}`));
          return true;
        },
      );
      assert.equal(await docker('ps', '-aq', '--filter', `name=^${prefix}-clash$`), '');
    } finally {
      blocker.close();
    }
  });

  test('a missing image is NOT_FOUND; an invalid name is INVALID_INPUT before the engine is asked', async () => {
    await assert.rejects(call('containers.run', { image: 'berth-test/no-such-image:1' }), { code: 'NOT_FOUND', message: /no-such-image/ });
    await assert.rejects(call('containers.create', { image: testEnv().image, name: 'has space' }), { code: 'INVALID_INPUT', message: /name/ });
  });

  test('copy as docker run: the CLI recreates a container whose inspect matches on every field it covers', async () => {
    const name = `${prefix}-copy`;
    const port = await freePort();
    await docker(
      'create', '--name', name, '-p', `127.0.0.1:${port}:80`, '-p', '53/udp', '-v', `${prefix}-vol:/data`, '-v', '/tmp:/host-tmp:ro', '-v', '/anon',
      '-e', 'GREETING=hello world', '--label', 'team=berth', '--restart', 'on-failure', '-t', '-i', '-w', '/data', '-u', 'nobody',
      '--entrypoint', 'sh', testEnv().image, '-c', 'echo "$GREETING"; sleep 5',
    );
    const fields = '{{json .Config.Image}}|{{json .Config.Cmd}}|{{json .Config.Entrypoint}}|{{json .Config.Env}}|{{json .Config.Labels}}|{{json .Config.Tty}}|{{json .Config.OpenStdin}}|{{json .Config.WorkingDir}}|{{json .Config.User}}|{{json .HostConfig.PortBindings}}|{{json .HostConfig.Binds}}|{{json .HostConfig.RestartPolicy}}|{{json .HostConfig.NetworkMode}}|{{json .Config.Volumes}}';
    // The CLI keeps -v options in a map, so the order of HostConfig.Binds is not stable: compare them as a set.
    const inspected = async () => {
      const parts = (await docker('inspect', '--format', fields, name)).split('|');
      // Podman lists an anonymous volume among the binds, under a name new for each container: only its place compares.
      const binds = (JSON.parse(parts[10]!) as string[]).map((bind) => bind.replace(/^[0-9a-f]{64}:/, '<anonymous>:'));
      parts[10] = JSON.stringify(binds.sort());
      // Podman adds its own variables after the user's: the environment compares as a set.
      parts[3] = JSON.stringify((JSON.parse(parts[3]!) as string[]).sort());
      return parts.join('|');
    };
    const original = await inspected();
    const { command } = await call('containers.runCommand', { id: name });
    assert.match(command, /^docker run /);
    await docker('rm', name);
    // Run it exactly as a user would paste it into a shell, with -d swapped for create so nothing starts.
    await promisify(execFile)('sh', ['-c', command.replace(/^docker run -d /, 'docker create ').replace(/^docker run /, 'docker create ')], {
      env: { ...process.env, DOCKER_HOST: engineUrl() },
    });
    assert.equal(await inspected(), original);
  });

  test('rename, and prune in two steps: the preview, then exactly what it showed', async () => {
    const id = await docker('create', '--name', `${prefix}-old`, testEnv().image, 'true');
    await call('containers.rename', { id, name: `${prefix}-new` });
    assert.equal(await docker('inspect', '--format', '{{.Name}}', id), `/${prefix}-new`);

    const preview = await call('containers.prune', { dryRun: true });
    assert.ok(preview.containers.some((c) => c.id === id), 'the stopped container is in the preview');
    const later = await docker('create', '--name', `${prefix}-later`, testEnv().image, 'true');
    const running = await docker('run', '-d', '--name', `${prefix}-running`, testEnv().image, 'sleep', '60');
    const pruned = await call('containers.prune', { ids: [id, running] });
    assert.deepEqual(pruned.containers.map((c) => c.id), [id], 'a running container is never pruned');
    assert.equal(await docker('ps', '-aq', '--filter', `id=${id}`), '');
    assert.ok(await docker('ps', '-aq', '--filter', `id=${later}`), 'a container made after the preview stays');
    await assert.rejects(call('containers.prune', {}), { code: 'INVALID_INPUT' });
  });
});
