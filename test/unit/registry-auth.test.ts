import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configKeyFor, registryOfKey } from '../../electron/services/registries/docker-config.js';
import { isLoopbackRegistry, parseChallenge } from '../../electron/services/registries/registry-client.js';
import { RegistryHost } from '../../shared/contract/registries.js';

test('WWW-Authenticate challenges, Basic and Bearer', () => {
  assert.deepEqual(parseChallenge('Basic realm="berth-test"'), { scheme: 'basic', params: { realm: 'berth-test' } });
  assert.deepEqual(
    parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:team/web:pull,push"'),
    { scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:team/web:pull,push' } },
  );
  assert.equal(parseChallenge('Negotiate abc'), null);
  assert.equal(parseChallenge(null), null);
});

test('plain HTTP only for loopback registries', () => {
  for (const host of ['localhost:5000', '127.0.0.1:5555', '127.1.2.3', '[::1]:5000']) assert.ok(isLoopbackRegistry(host), host);
  for (const host of ['registry.example', '10.0.0.1:5000', 'localhost.example']) assert.ok(!isLoopbackRegistry(host), host);
});

test('config.json keys: Docker Hub under its v1 URL, others by host', () => {
  assert.equal(configKeyFor('docker.io'), 'https://index.docker.io/v1/');
  assert.equal(configKeyFor('127.0.0.1:5555'), '127.0.0.1:5555');
  assert.equal(registryOfKey('https://index.docker.io/v1/'), 'docker.io');
  assert.equal(registryOfKey('https://ghcr.io'), 'ghcr.io');
});

test('registry hosts are normalised and checked', () => {
  assert.equal(RegistryHost.parse(' HTTPS://Registry.Example:5000/ '), 'registry.example:5000');
  assert.equal(RegistryHost.safeParse('two words').success, false);
  assert.equal(RegistryHost.safeParse('').success, false);
});
