// The Registries page's pure helpers: loopback detection as main decides it, names, tags order (errors in words: explain-error.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BerthError } from '../../shared/contract/errors.js';
import {
  compareTags,
  isBrowseQuery,
  isLoopbackRegistry,
  normaliseRegistry,
  pullReference,
  registryLabel,
  shortDigest,
  storedInWords,
  unauthorizedRegistry,
} from '../../renderer/src/features/registries/registry-words.js';
import { isLoopbackRegistry as mainIsLoopback } from '../../electron/services/registries/registry-client.js';
import { testT } from '../support/i18n.js';

test('loopback registries (no "insecure" choice) are the ones main speaks plain HTTP to', () => {
  for (const host of ['localhost:5000', '127.0.0.1:5555', '127.1.2.3', '[::1]:5000', 'registry.example', '10.0.0.1:5000', 'localhost.example', '2130706433:5555']) {
    assert.equal(isLoopbackRegistry(host), mainIsLoopback(host), host);
  }
  assert.ok(isLoopbackRegistry(' HTTP://LocalHost:5000/ '), 'as typed in the dialog');
  assert.equal(normaliseRegistry(' https://Registry.Example:5000/ '), 'registry.example:5000');
  assert.equal(normaliseRegistry('  '), 'docker.io');
  assert.equal(registryLabel('docker.io'), 'Docker Hub');
  assert.equal(registryLabel('127.0.0.1:5555'), '127.0.0.1:5555');
});

test('where a login is kept, in words; plain text is flagged', async () => {
  const t = await testT('registries');
  assert.equal(storedInWords(t, 'helper')?.label, 'Credential helper');
  assert.equal(storedInWords(t, 'session')?.label, 'This session only');
  assert.equal(storedInWords(t, 'config-file')?.warning, true);
  assert.equal(storedInWords(t, null), null);
});

test('an UNAUTHORIZED error names the registry to sign in to; other errors do not', () => {
  assert.equal(unauthorizedRegistry(new BerthError('UNAUTHORIZED', 'x needs you to sign in', { registry: '127.0.0.1:5555' })), '127.0.0.1:5555');
  assert.equal(unauthorizedRegistry(new BerthError('UNAUTHORIZED', 'This page has no access token.')), null, 'the web shell’s own token is not a registry login');
  assert.equal(unauthorizedRegistry(new BerthError('NOT_FOUND', 'x', { registry: 'r' })), null);
  assert.equal(unauthorizedRegistry(new Error('x')), null);
});

test('pull references, short digests, tag order and the queries a registry’s login affects', () => {
  assert.equal(pullReference('docker.io', 'library/busybox', '1.36'), 'busybox:1.36');
  assert.equal(pullReference('docker.io', 'bitnami/redis', '7'), 'bitnami/redis:7');
  assert.equal(pullReference('127.0.0.1:5555', 'team/web', 'v1'), '127.0.0.1:5555/team/web:v1');
  assert.equal(shortDigest(`sha256:${'ab'.repeat(32)}`), 'sha256:abababababab');
  assert.deepEqual(['1.2', 'latest', '1.10', 'alpine', '1.9'].sort(compareTags), ['latest', 'alpine', '1.10', '1.9', '1.2']);
  assert.ok(isBrowseQuery(['registries.tags', { registry: 'r', repository: 'a' }, 'pages'], 'r'));
  assert.ok(isBrowseQuery(['registries.manifest', { registry: 'r', repository: 'a', reference: '1' }], 'r'));
  assert.ok(!isBrowseQuery(['registries.manifest', { registry: 'other' }], 'r'));
  assert.ok(!isBrowseQuery(['registries.list', {}], 'r'));
  assert.ok(!isBrowseQuery(['containers.list', { registry: 'r' }], 'r'));
});
