import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { resolveEndpoint, type EndpointEnvironment } from '../../electron/engine/endpoint.js';
import { dockerOptionsFor } from '../../electron/engine/docker-options.js';

function machine(over: Partial<EndpointEnvironment> & { files?: Record<string, string> }): EndpointEnvironment {
  const files = over.files ?? {};
  return {
    platform: 'linux',
    env: {},
    homeDir: '/home/u',
    readFile: (file) => files[file],
    exists: (file) => file in files,
    ...over,
  };
}

const contextMeta = (name: string) =>
  `/home/u/.docker/contexts/meta/${createHash('sha256').update(name).digest('hex')}/meta.json`;

describe('endpoint resolution', () => {
  test('Berth’s setting wins over everything', () => {
    const found = resolveEndpoint(
      machine({ setting: 'ssh://me@box', env: { DOCKER_HOST: 'tcp://1.2.3.4:2375' }, files: { '/var/run/docker.sock': '' } }),
    );
    assert.deepEqual(found, { url: 'ssh://me@box', source: 'setting', detail: 'chosen in Berth’s settings' });
  });

  test('DOCKER_HOST comes before the docker context and the sockets', () => {
    const found = resolveEndpoint(
      machine({
        env: { DOCKER_HOST: 'unix:///tmp/d.sock' },
        files: { '/home/u/.docker/config.json': '{"currentContext":"colima"}', '/var/run/docker.sock': '' },
      }),
    );
    assert.equal(found?.source, 'DOCKER_HOST');
    assert.equal(found?.url, 'unix:///tmp/d.sock');
  });

  test('the current docker context is read from config.json and its hashed meta folder', () => {
    const found = resolveEndpoint(
      machine({
        files: {
          '/home/u/.docker/config.json': '{"currentContext":"colima"}',
          [contextMeta('colima')]: JSON.stringify({ Name: 'colima', Endpoints: { docker: { Host: 'unix:///home/u/.colima/default/docker.sock' } } }),
          '/var/run/docker.sock': '',
        },
      }),
    );
    assert.deepEqual(found, { url: 'unix:///home/u/.colima/default/docker.sock', source: 'context', detail: 'docker context “colima”' });
  });

  test('DOCKER_CONTEXT overrides config.json; the "default" context means the default socket', () => {
    const files = {
      '/home/u/.docker/config.json': '{"currentContext":"colima"}',
      [contextMeta('remote')]: JSON.stringify({ Endpoints: { docker: { Host: 'ssh://me@remote' } } }),
      '/var/run/docker.sock': '',
    };
    assert.equal(resolveEndpoint(machine({ env: { DOCKER_CONTEXT: 'remote' }, files }))?.url, 'ssh://me@remote');
    assert.equal(resolveEndpoint(machine({ env: { DOCKER_CONTEXT: 'default' }, files }))?.source, 'default-socket');
  });

  test('a broken config.json or context falls through to the sockets', () => {
    const found = resolveEndpoint(
      machine({ files: { '/home/u/.docker/config.json': '{not json', '/var/run/docker.sock': '' } }),
    );
    assert.equal(found?.url, 'unix:///var/run/docker.sock');
  });

  test('Docker’s sockets come before Podman’s; Podman’s is found when it is the only one', () => {
    const env = { XDG_RUNTIME_DIR: '/run/user/1000' };
    assert.equal(
      resolveEndpoint(machine({ env, files: { '/run/user/1000/docker.sock': '', '/run/user/1000/podman/podman.sock': '' } }))?.url,
      'unix:///run/user/1000/docker.sock',
    );
    const podman = resolveEndpoint(machine({ env, files: { '/run/user/1000/podman/podman.sock': '' } }));
    assert.equal(podman?.source, 'podman-socket');
    assert.equal(podman?.url, 'unix:///run/user/1000/podman/podman.sock');
  });

  test('Docker Desktop’s socket on macOS and named pipes on Windows', () => {
    assert.equal(
      resolveEndpoint(machine({ platform: 'darwin', files: { '/home/u/.docker/run/docker.sock': '' } }))?.url,
      'unix:///home/u/.docker/run/docker.sock',
    );
    assert.equal(
      resolveEndpoint(machine({ platform: 'win32', files: { '\\\\.\\pipe\\docker_engine': '' } }))?.url,
      'npipe:////./pipe/docker_engine',
    );
  });

  test('nothing found is null, not a guess', () => {
    assert.equal(resolveEndpoint(machine({})), null);
  });
});

describe('dockerode options for an endpoint', () => {
  test('unix, tcp, ssh and npipe', () => {
    assert.deepEqual(dockerOptionsFor('unix:///var/run/docker.sock'), { socketPath: '/var/run/docker.sock' });
    assert.deepEqual(dockerOptionsFor('tcp://10.0.0.2:2375'), { protocol: 'http', host: '10.0.0.2', port: 2375 });
    assert.deepEqual(dockerOptionsFor('ssh://root@127.0.0.1:2222'), {
      protocol: 'ssh',
      host: '127.0.0.1',
      port: 2222,
      username: 'root',
    });
    assert.deepEqual(dockerOptionsFor('npipe:////./pipe/docker_engine'), { socketPath: '\\\\.\\pipe\\docker_engine' });
  });

  test('an address Berth cannot use is INVALID_INPUT with the address named', () => {
    assert.throws(() => dockerOptionsFor('ftp://x'), { code: 'INVALID_INPUT', message: /ftp:\/\/x/ });
    assert.throws(() => dockerOptionsFor('not a url'), { code: 'INVALID_INPUT' });
  });
});
