/**
 * No password anywhere Berth writes or sends: the built web shell as its own process (its stdout and stderr
 * captured), driven over its WebSocket like a script would, logs in to both test registries (a wrong password
 * first), a push is made with the docker CLI through the same credential store, the registry is browsed; then
 * Berth's data folder, the docker config folder, the process's output and every frame it sent are scanned.
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { freshCredentialStore } from '../support/credentials.js';
import { docker, testEnv, uniqueName } from '../support/env.js';
import { dockerWith, pushedDigest, scanFolders, scanTexts, secretForms, testRegistries } from '../support/registries.js';
import { startWebShellProcess, type RunningWebShell } from '../support/web-shell.js';
import { connectWs } from '../support/ws-client.js';

const store = freshCredentialStore(true);
let shell: RunningWebShell;
const pushed: string[] = [];

before(async () => {
  shell = await startWebShellProcess([], { DOCKER_CONFIG: store.dockerConfigDir, BERTH_DATA_DIR: store.dataDir, BERTH_VALIDATE_OUTPUTS: '1' });
});

after(async () => {
  await shell?.stop();
  for (const reference of pushed) await docker('rmi', reference).catch(() => undefined);
});

describe('secrets stay in main and the credential store', () => {
  test('after logins (wrong, then right) and a push, no password is in the data folder, the logs or any frame sent', async () => {
    const env = testEnv();
    const client = await connectWs(shell.port, shell.token);
    const received: string[] = [];
    const sent: string[] = [];
    client.socket.on('message', (data) => received.push(data.toString()));
    const send = client.socket.send.bind(client.socket);
    client.socket.send = ((data: string, ...rest: never[]) => {
      sent.push(String(data));
      return send(data, ...rest);
    }) as typeof client.socket.send;
    try {
      const prefix = uniqueName('secrets');
      for (const { registry } of testRegistries()) {
        await assert.rejects(client.call('registries.login', { registry, username: env.registryUser, password: `${env.registryPassword}-wrong` }), {
          code: 'UNAUTHORIZED',
        });
        const entry = await client.call('registries.login', { registry, username: env.registryUser, password: env.registryPassword });
        assert.equal(entry.storedIn, 'helper');

        const reference = `${registry}/${prefix}/busybox:1`;
        pushed.push(reference);
        await dockerWith(store.dockerConfigDir, 'tag', env.image, reference);
        const digest = pushedDigest(await dockerWith(store.dockerConfigDir, 'push', reference));
        // And a push by Berth itself, whose engine call carries the login (X-Registry-Auth) from main.
        const again = `${registry}/${prefix}/busybox:2`;
        pushed.push(again);
        await dockerWith(store.dockerConfigDir, 'tag', env.image, again);
        await new Promise<void>((resolve, reject) => {
          client.stream('images.push', { reference: again }, { onEvent: () => {}, onEnd: (error) => (error ? reject(error) : resolve()) });
        });

        assert.ok((await client.call('registries.list', {})).some((r) => r.registry === registry && r.username === env.registryUser));
        assert.equal((await client.call('registries.search', { registry, term: prefix })).results.length, 1);
        assert.deepEqual([...(await client.call('registries.tags', { registry, repository: `${prefix}/busybox` })).tags].sort(), ['1', '2']);
        assert.equal((await client.call('registries.manifest', { registry, repository: `${prefix}/busybox`, reference: '1' })).digest, digest);
      }
    } finally {
      client.close();
    }
    await shell.stop(); // its logs are complete once it has exited

    const forms = [...secretForms(env.registryUser, env.registryPassword), ...secretForms(env.registryUser, `${env.registryPassword}-wrong`)];
    // The scan finds what it looks for: the frames this test sent carry the passwords.
    assert.notDeepEqual(scanTexts({ 'frames sent': sent.join('\n') }, forms), []);
    assert.ok(received.length >= 10 && shell.output().includes('Berth web shell:'), 'there was something to scan');

    assert.deepEqual(scanTexts({ 'web shell output': shell.output(), 'frames received': received.join('\n') }, forms), []);
    assert.deepEqual(scanFolders([store.dataDir, store.dockerConfigDir, store.passDir], forms), []);
  });
});
