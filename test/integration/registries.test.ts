import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, test } from 'node:test';
import { createCore, type Core } from '../../electron/core.js';
import { CredentialHelper } from '../../electron/services/registries/credential-helper.js';
import { engineUrl, freePort, testEnv, waitFor } from '../support/env.js';
import { filesBelow, freshCredentialStore } from '../support/credentials.js';

let core: Core | undefined;

async function coreWith(store: ReturnType<typeof freshCredentialStore>): Promise<Core> {
  core = createCore({ engineSetting: engineUrl(), validateOutputs: true, dockerConfigDir: store.dockerConfigDir, dataDir: store.dataDir });
  await waitFor(() => core!.connection.status.state === 'connected', 'the engine');
  return core;
}

const passList = () => JSON.parse(execFileSync('docker-credential-pass', ['list'], { env: process.env }).toString()) as Record<string, string>;

describe('registry logins', () => {
  afterEach(() => core?.dispose());

  test('a wrong password is UNAUTHORIZED and nothing is stored; the right one is stored through the helper, never in config.json', async () => {
    const store = freshCredentialStore(true);
    const berth = await coreWith(store);
    const { registry, registryUser, registryPassword } = testEnv();
    assert.deepEqual(await berth.caller.call('registries.loginStore', { registry }), {
      keptIn: 'helper',
      helper: 'docker-credential-pass',
      dockerConfig: path.join(store.dockerConfigDir, 'config.json'),
    });

    await assert.rejects(berth.caller.call('registries.login', { registry, username: registryUser, password: 'wrong-password' }), {
      code: 'UNAUTHORIZED',
      message: /refused the user name or password/,
    });
    assert.deepEqual(passList(), {}, 'nothing reached the credential store');
    assert.equal(fs.readFileSync(path.join(store.dockerConfigDir, 'config.json'), 'utf8'), '{"credsStore":"pass"}\n');

    const entry = await berth.caller.call('registries.login', { registry, username: registryUser, password: registryPassword });
    assert.deepEqual(entry, { registry, username: registryUser, storedIn: 'helper', insecure: false });
    assert.deepEqual(passList(), { [registry]: registryUser });
    const config = JSON.parse(fs.readFileSync(path.join(store.dockerConfigDir, 'config.json'), 'utf8')) as { auths: Record<string, object> };
    assert.deepEqual(config.auths[registry], {}, 'config.json only records that a login exists: no auth string');

    const listed = await berth.caller.call('registries.list', {});
    assert.deepEqual(listed.find((r) => r.registry === registry), { registry, username: registryUser, storedIn: 'helper', insecure: false });
    assert.equal(listed[0]?.registry, 'docker.io', 'Docker Hub is always listed first');

    // The secret is on disk only inside gpg-encrypted files, and never in anything Berth returned.
    for (const file of [...filesBelow(store.dockerConfigDir), ...filesBelow(store.dataDir), ...filesBelow(store.passDir)]) {
      assert.ok(!fs.readFileSync(file).includes(Buffer.from(registryPassword)), `${file} holds no password`);
    }
    assert.ok(!JSON.stringify(listed).includes(registryPassword));
    assert.equal((await berth.logins.lookup(registry))?.secret, registryPassword, 'main can use it for pull and push');

    await berth.caller.call('registries.logout', { registry });
    assert.deepEqual(passList(), {});
    assert.equal(await berth.logins.lookup(registry), null);
  });

  test('the token-auth registry: a wrong password is refused by the token issuer and nothing is stored; the right one gets a token the registry accepts', async () => {
    const store = freshCredentialStore(true);
    const berth = await coreWith(store);
    const { tokenRegistry: registry, registryUser, registryPassword } = testEnv();
    assert.ok(registry, 'env.json names the token registry: run `npm run test:env` again');
    const challenge = (await fetch(`http://${registry}/v2/`)).headers.get('www-authenticate') ?? '';
    assert.match(challenge, /^Bearer realm="http:\/\/127\.0\.0\.1:\d+\/token"/, 'the registry sends clients to the token issuer');

    await assert.rejects(berth.caller.call('registries.login', { registry, username: registryUser, password: 'wrong-password' }), {
      code: 'UNAUTHORIZED',
      message: /refused the user name or password/,
    });
    await assert.rejects(berth.caller.call('registries.login', { registry, username: 'nobody', password: registryPassword }), { code: 'UNAUTHORIZED' });
    assert.deepEqual(passList(), {}, 'nothing reached the credential store');

    const entry = await berth.caller.call('registries.login', { registry, username: registryUser, password: registryPassword });
    assert.deepEqual(entry, { registry, username: registryUser, storedIn: 'helper', insecure: false });
    assert.deepEqual(passList(), { [registry]: registryUser });
    const config = JSON.parse(fs.readFileSync(path.join(store.dockerConfigDir, 'config.json'), 'utf8')) as { auths: Record<string, object> };
    assert.deepEqual(config.auths[registry], {}, 'no auth string in config.json');

    await berth.caller.call('registries.logout', { registry });
    assert.deepEqual(passList(), {});
    const session = await berth.caller.call('registries.login', { registry, username: registryUser, password: registryPassword, remember: false });
    assert.equal(session.storedIn, 'session');
    assert.deepEqual(passList(), {}, 'a login for this run only is not stored');
  });

  test('without a credential helper: the password is checked first, then remembering is refused naming the config folder read; a login for this run only works', async () => {
    const store = freshCredentialStore(false);
    const berth = await coreWith(store);
    const { registry, registryUser, registryPassword } = testEnv();
    // A wrong password is told as wrong (it used to be answered with "install a credential helper").
    await assert.rejects(berth.caller.call('registries.login', { registry, username: registryUser, password: 'wrong-password', remember: true }), {
      code: 'UNAUTHORIZED',
    });
    const config = path.join(store.dockerConfigDir, 'config.json');
    // Asked before signing in, so the dialog can say it and not offer to remember.
    assert.deepEqual(await berth.caller.call('registries.loginStore', { registry }), { keptIn: null, helper: null, dockerConfig: config });
    await assert.rejects(berth.caller.call('registries.login', { registry, username: registryUser, password: registryPassword, remember: true }), (error: unknown) => {
      const failure = error as { code?: string; message?: string; details?: { loginAccepted?: boolean; dockerConfig?: string } };
      assert.equal(failure.code, 'INVALID_INPUT');
      assert.match(failure.message ?? '', /^The registry accepted the login, but Berth cannot remember it safely here/);
      assert.ok(failure.message?.includes(`set "credsStore" in ${config}`), `names the config Berth reads: ${failure.message}`);
      assert.deepEqual(failure.details, { loginAccepted: true, dockerConfig: config });
      return true;
    });
    assert.equal(await berth.logins.lookup(registry), null, 'nothing was kept, not even for this run');
    const entry = await berth.caller.call('registries.login', { registry, username: registryUser, password: registryPassword, remember: false });
    assert.deepEqual(entry, { registry, username: registryUser, storedIn: 'session', insecure: false });
    for (const file of [...filesBelow(store.dockerConfigDir), ...filesBelow(store.dataDir)]) {
      assert.ok(!fs.readFileSync(file).includes(Buffer.from(registryPassword)), `${file} holds no password`);
    }
  });

  test('the folder named is $DOCKER_CONFIG when it is set, as Berth reads it', async () => {
    const store = freshCredentialStore(false);
    const { registry, registryUser, registryPassword } = testEnv();
    const saved = process.env.DOCKER_CONFIG;
    process.env.DOCKER_CONFIG = store.dockerConfigDir;
    try {
      core = createCore({ engineSetting: engineUrl(), validateOutputs: true, dataDir: store.dataDir });
      await waitFor(() => core!.connection.status.state === 'connected', 'the engine');
      await assert.rejects(core.caller.call('registries.login', { registry, username: registryUser, password: registryPassword, remember: true }), {
        code: 'INVALID_INPUT',
        message: new RegExp(`in ${path.join(store.dockerConfigDir, 'config.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, or sign in`),
      });
    } finally {
      if (saved === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = saved;
    }
  });

  test('logins other tools wrote to config.json are shown and used', async () => {
    const store = freshCredentialStore(false);
    const { registry, registryUser, registryPassword } = testEnv();
    const auth = Buffer.from(`${registryUser}:${registryPassword}`).toString('base64');
    fs.writeFileSync(path.join(store.dockerConfigDir, 'config.json'), JSON.stringify({ auths: { [registry]: { auth } } }));
    const berth = await coreWith(store);
    const listed = await berth.caller.call('registries.list', {});
    assert.deepEqual(listed.find((r) => r.registry === registry), { registry, username: registryUser, storedIn: 'config-file', insecure: false });
    assert.equal((await berth.logins.lookup(registry))?.secret, registryPassword);
  });

  test('a credential helper that exits without reading its input does not take main down (EPIPE)', async () => {
    // A real helper program, on PATH for this call only: it answers at once and never reads stdin.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-helper-'));
    fs.writeFileSync(path.join(bin, 'docker-credential-berth-epipe'), '#!/bin/sh\necho "credentials not found in native keychain"\nexit 1\n', { mode: 0o755 });
    const helper = new CredentialHelper('berth-epipe', { ...process.env, PATH: `${bin}:${process.env.PATH}` });
    // Far more than a pipe holds, so that the write is still going when the helper has exited.
    for (let i = 0; i < 5; i++) assert.equal(await helper.get('x'.repeat(4 * 1024 * 1024)), null);
    await assert.rejects(helper.store({ ServerURL: 'r', Username: 'u', Secret: 's'.repeat(4 * 1024 * 1024) }), /berth-epipe store failed: credentials not found/);
  });

  test('an unreachable registry and a malformed host each get their own clear error', async () => {
    const berth = await coreWith(freshCredentialStore(true));
    const nobody = `127.0.0.1:${await freePort()}`;
    await assert.rejects(berth.caller.call('registries.login', { registry: nobody, username: 'a', password: 'b' }), {
      code: 'UNREACHABLE',
      message: /refused the connection/,
    });
    await assert.rejects(berth.caller.call('registries.login', { registry: 'not a host!', username: 'a', password: 'b' }), {
      code: 'INVALID_INPUT',
      message: /registry host/,
    });
    await assert.rejects(berth.caller.call('registries.login', { registry: '127.0.0.1:5555', username: '', password: 'b' }), {
      code: 'INVALID_INPUT',
      message: /user name is required/,
    });
  });
});
