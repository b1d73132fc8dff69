import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createCore, type Core } from '../../electron/core.js';
import { docker, engineUrl, testEnv, uniqueName, waitFor } from '../support/env.js';

const temp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
let core: Core;
let dockerConfigDir: string;
const name = uniqueName('engines');
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);

describe('several engines', () => {
  before(async () => {
    // Berth finds the test engine the usual way (DOCKER_HOST), and keeps its choices in its own data folder.
    process.env.DOCKER_HOST = engineUrl();
    dockerConfigDir = temp('berth-docker-config-');
    // The user's known_hosts holds the loopback sshd's key (ssh-host-keys.test.ts covers the other cases).
    const knownHostsFiles = [testEnv().ssh.knownHosts];
    core = createCore({ dataDir: temp('berth-data-'), dockerConfigDir, knownHostsFiles, validateOutputs: true, backoffMs: [100, 200] });
    await waitFor(() => core.connection.status.state === 'connected', 'the engine found through DOCKER_HOST');
    await docker('create', '--name', name, testEnv().image, 'true');
  });
  after(async () => {
    core.dispose();
    await docker('rm', '-f', name).catch(() => {});
  });

  test('the engine in use and how it was found', async () => {
    const list = await call('engines.list', {});
    assert.deepEqual(list.engines, []);
    assert.equal(list.detected?.source, 'DOCKER_HOST');
    assert.equal(list.current?.url, engineUrl());
  });

  test('an engine over ssh (docker-modem’s ssh support) lists the same containers; switching back follows', async () => {
    const { ssh } = testEnv();
    const added = await call('engines.add', {
      name: 'loopback over ssh',
      url: `ssh://${ssh.user}@${ssh.host}:${ssh.port}`,
      sshKeyPath: ssh.privateKey,
      use: true,
    });
    await waitFor(() => core.connection.status.state === 'connected' && core.connection.currentEndpoint?.engineId === added.id, 'connected over ssh', 30000);
    const status = core.connection.status as { endpoint: { url: string; source: string } };
    assert.match(status.endpoint.url, /^ssh:\/\//);
    const rows = await call('containers.list', { all: true });
    assert.ok(rows.some((r) => r.name === name), 'the container made on the test engine is listed through ssh');
    const list = await call('engines.list', {});
    assert.deepEqual(list.engines.map((e) => [e.id, e.active]), [[added.id, true]]);
    assert.equal(core.settings.get().activeEngine, added.id, 'the choice is saved');

    await assert.rejects(call('engines.add', { name: 'twice', url: `ssh://${ssh.user}@${ssh.host}:${ssh.port}` }), { code: 'CONFLICT' });
    await call('engines.remove', { id: added.id });
    await waitFor(() => core.connection.currentEndpoint?.source === 'DOCKER_HOST' && core.connection.status.state === 'connected', 'back to DOCKER_HOST');
    assert.equal(core.settings.get().activeEngine, null);
  });

  test('a wrong ssh key or a bad address says so', async () => {
    await assert.rejects(call('engines.add', { name: 'bad', url: 'ftp://x' }), { code: 'INVALID_INPUT' });
    const added = await call('engines.add', { name: 'no key', url: 'ssh://root@127.0.0.1:2222', sshKeyPath: '/nonexistent/key', use: false });
    await call('engines.use', { id: added.id });
    await waitFor(() => core.connection.status.state === 'unavailable', 'unavailable');
    assert.match((core.connection.status as { reason: string }).reason, /ssh key \/nonexistent\/key cannot be read/);
    await call('engines.use', { id: null });
    await waitFor(() => core.connection.status.state === 'connected', 'connected again');
    await call('engines.remove', { id: added.id });
  });

  test('docker contexts are imported once, with their TLS material', async () => {
    const write = (contextName: string, host: string, withTls: boolean) => {
      const digest = createHash('sha256').update(contextName).digest('hex');
      const meta = path.join(dockerConfigDir, 'contexts', 'meta', digest);
      fs.mkdirSync(meta, { recursive: true });
      fs.writeFileSync(path.join(meta, 'meta.json'), JSON.stringify({ Name: contextName, Metadata: {}, Endpoints: { docker: { Host: host, SkipTLSVerify: false } } }));
      if (withTls) {
        const tls = path.join(dockerConfigDir, 'contexts', 'tls', digest, 'docker');
        fs.mkdirSync(tls, { recursive: true });
        for (const file of ['ca.pem', 'cert.pem', 'key.pem']) fs.writeFileSync(path.join(tls, file), 'pem');
      }
    };
    write('remote-tls', 'tcp://10.9.8.7:2376', true);
    write('colima', 'unix:///Users/ana/.colima/default/docker.sock', false);
    const { imported } = await call('engines.importContexts', {});
    assert.deepEqual(imported.map((e) => [e.name, e.url, Boolean(e.tls)]), [
      ['colima', 'unix:///Users/ana/.colima/default/docker.sock', false],
      ['remote-tls', 'tcp://10.9.8.7:2376', true],
    ]);
    assert.match(imported[1]!.tls!.certPath, /contexts\/tls\/[0-9a-f]{64}\/docker\/cert\.pem$/);
    assert.deepEqual((await call('engines.importContexts', {})).imported, [], 'importing again adds nothing');
  });

  test('the engine Berth can run here is described, with its socket', async () => {
    const events: { kind: string; state: string; socketUrl: string }[] = [];
    const controller = new AbortController();
    const streaming = core.router.stream('engine.provider', {}, (e) => {
      events.push(e as (typeof events)[number]);
      controller.abort();
    }, controller.signal);
    await streaming;
    assert.equal(events[0]?.kind, 'dockerd');
    assert.equal(events[0]?.state, 'stopped');
    assert.match(events[0]?.socketUrl ?? '', /^unix:\/\/.*docker\.sock$/);
  });
});
