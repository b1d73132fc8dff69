import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { createCore, type Core } from '../../electron/core.js';
import type { EngineStatus } from '../../shared/contract/engine.js';
import { testEnv, waitFor } from '../support/env.js';
import { startThrowawaySshd, type ThrowawaySshd } from '../support/sshd.js';

// ssh:// engines check the server's host key as OpenSSH does, against a throwaway sshd whose key changes.
const run = promisify(execFile);
const temp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
let sshd: ThrowawaySshd;
const cores: Core[] = [];

/** A core with its own data folder and the given files as the user's known_hosts (never the real ~/.ssh). */
function startCore(knownHostsFiles: string[], dataDir = temp('berth-data-')): Core {
  const core = createCore({ dataDir, dockerConfigDir: temp('berth-docker-config-'), knownHostsFiles, validateOutputs: true, backoffMs: [100, 200] });
  cores.push(core);
  return core;
}

async function useSshd(core: Core): Promise<void> {
  const { ssh } = testEnv();
  await core.caller.call('engines.add', { name: 'throwaway sshd', url: `ssh://${ssh.user}@127.0.0.1:${sshd.port}`, sshKeyPath: ssh.privateKey, use: true });
}

const settled = (core: Core, what: string) =>
  waitFor(() => (['connected', 'unavailable'].includes(core.connection.status.state) ? core.connection.status : null), what, 30_000);

type Refused = Extract<EngineStatus, { state: 'unavailable' }>;

describe('ssh host keys, checked as OpenSSH checks them', () => {
  before(async () => {
    sshd = await startThrowawaySshd();
  });
  after(async () => {
    for (const core of cores) core.dispose();
    await sshd.stop();
  });

  test('an unknown key is refused with its fingerprint until trusted; trusted once, it is remembered', async () => {
    const dataDir = temp('berth-data-');
    const core = startCore([], dataDir);
    await useSshd(core);
    const status = (await settled(core, 'the ssh engine to be refused')) as Refused;
    assert.equal(status.state, 'unavailable');
    assert.equal(status.hostKey?.problem, 'unknown');
    assert.equal(status.hostKey?.fingerprint, await sshd.fingerprint());
    assert.equal(status.retryAt, null, 'no retry loop: the user decides');
    assert.match(status.reason, /not known yet.*SHA256:/);
    await assert.rejects(core.caller.call('containers.list', { all: true }), { code: 'ENGINE_UNAVAILABLE' });

    // Only the key the server presented can be trusted.
    const otherFingerprint = `SHA256:${'A'.repeat(43)}`;
    await assert.rejects(core.caller.call('engines.trustHostKey', { host: '127.0.0.1', port: sshd.port, fingerprint: otherFingerprint }), { code: 'NOT_FOUND' });

    await core.caller.call('engines.trustHostKey', { host: '127.0.0.1', port: sshd.port, fingerprint: status.hostKey.fingerprint });
    await waitFor(() => core.connection.status.state === 'connected', 'connected once trusted', 30_000);
    assert.equal(fs.readFileSync(path.join(dataDir, 'known_hosts'), 'utf8'), `[127.0.0.1]:${sshd.port} ${sshd.publicKey()}\n`);
    core.dispose();

    // A later run with the same data folder connects without asking.
    const again = startCore([], dataDir);
    await waitFor(() => again.connection.status.state === 'connected', 'connected at once with the key remembered', 30_000);
  });

  test('a hashed entry in the user’s known_hosts is trusted; a changed key is refused with a warning and never replaced', async () => {
    const knownHosts = path.join(temp('berth-ssh-'), 'known_hosts');
    fs.writeFileSync(knownHosts, `[127.0.0.1]:${sshd.port} ${sshd.publicKey()}\n`);
    await run('ssh-keygen', ['-H', '-f', knownHosts]);
    assert.match(fs.readFileSync(knownHosts, 'utf8'), /^\|1\|/, 'hashed as HashKnownHosts writes it');
    const core = startCore([knownHosts]);
    await useSshd(core);
    await waitFor(() => core.connection.status.state === 'connected', 'connected through the hashed entry', 30_000);

    const before = await sshd.fingerprint();
    await sshd.changeHostKey();
    const list = await core.caller.call('engines.list', {});
    await core.caller.call('engines.use', { id: list.engines[0]!.id }); // connect again: the new key is presented
    const status = (await settled(core, 'the changed key to be refused')) as Refused;
    assert.equal(status.hostKey?.problem, 'changed');
    assert.equal(status.hostKey?.knownFingerprint, before);
    assert.equal(status.hostKey?.fingerprint, await sshd.fingerprint());
    assert.match(status.reason, /WARNING: the ssh host key of \[127\.0\.0\.1\]:\d+ has changed.*ssh-keygen -R/);
    await assert.rejects(core.caller.call('engines.trustHostKey', { host: '127.0.0.1', port: sshd.port, fingerprint: status.hostKey.fingerprint }), {
      code: 'CONFLICT',
      message: /does not replace a key that changed/,
    });
    assert.equal(core.connection.status.state, 'unavailable');
  });

  test('a key marked @revoked is refused', async () => {
    const knownHosts = path.join(temp('berth-ssh-'), 'known_hosts');
    fs.writeFileSync(knownHosts, `@revoked [127.0.0.1]:${sshd.port} ${sshd.publicKey()}\n`);
    const core = startCore([knownHosts]);
    await useSshd(core);
    const status = (await settled(core, 'the revoked key to be refused')) as Refused;
    assert.equal(status.hostKey?.problem, 'revoked');
    assert.match(status.reason, /@revoked/);
  });
});
