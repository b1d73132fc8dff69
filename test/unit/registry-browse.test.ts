import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repositoryPath } from '../../electron/services/registries/browse.js';
import { isAttestation, manifestDigest, newest, parseManifest, platformName, summariseImage } from '../../electron/services/registries/manifests.js';
import { RegistryClient, nextPageOf, type RegistryResponse } from '../../electron/services/registries/registry-client.js';
import { ManifestReference, RepositoryName } from '../../shared/contract/registries.js';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const layer = (n: number, size: number) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${String(n).repeat(64)}`, size });

test('the next page is the `last` of the Link header’s rel="next", in its usual spellings', () => {
  assert.equal(nextPageOf('</v2/_catalog?last=team%2Fweb&n=100>; rel="next"'), 'team/web');
  assert.equal(nextPageOf('</v2/a/tags/list?n=2&last=v1.2>;rel=next'), 'v1.2');
  assert.equal(nextPageOf('<https://r.example/v2/_catalog?last=b&n=1>; rel="prev", </v2/_catalog?last=z&n=1>; rel="next"'), 'z');
  assert.equal(nextPageOf('</v2/_catalog?n=100>; rel="next"'), null, 'no `last`: no page to ask for');
  assert.equal(nextPageOf(null), null);
});

test('manifests: Docker v2 and OCI images, lists and indexes; the type from the field, the header or the shape', () => {
  const image = { schemaVersion: 2, config: { mediaType: 'x', digest: `sha256:${'c'.repeat(64)}`, size: 100 }, layers: [layer(1, 1000), layer(2, 10)] };
  const docker = parseManifest(json({ ...image, mediaType: 'application/vnd.docker.distribution.manifest.v2+json' }), 'application/json');
  assert.equal(docker.kind, 'image');
  assert.equal(docker.mediaType, 'application/vnd.docker.distribution.manifest.v2+json');
  // OCI lets the field out: the Content-Type says it, or else the shape does.
  assert.equal(parseManifest(json(image), 'application/vnd.oci.image.manifest.v1+json; charset=utf-8').mediaType, 'application/vnd.oci.image.manifest.v1+json');
  assert.equal(parseManifest(json(image), null).kind, 'image');
  const list = parseManifest(json({ schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json', manifests: [{ digest: 'sha256:1', size: 5 }, { nope: 1 }] }), null);
  assert.equal(list.kind, 'index');
  assert.equal(list.kind === 'index' && list.manifests.length, 1, 'entries that are not descriptors are dropped');
  assert.equal(parseManifest(json({ schemaVersion: 2, manifests: [] }), 'application/vnd.oci.image.index.v1+json').kind, 'index');

  assert.throws(() => parseManifest(json({ schemaVersion: 1, name: 'a', fsLayers: [] }), 'application/vnd.docker.distribution.manifest.v1+prettyjws'), {
    code: 'INVALID_INPUT',
    message: /schema 1/,
  });
  assert.throws(() => parseManifest(json({ schemaVersion: 2, mediaType: 'application/vnd.example.thing', blobs: [] }), null), {
    code: 'INVALID_INPUT',
    message: /"application\/vnd\.example\.thing"/,
  });
  assert.throws(() => parseManifest(Buffer.from('<html>'), 'text/html'), { code: 'INTERNAL', message: /not JSON/ });
});

test('an image’s summary: size counts config and layers; the index entry’s platform wins over the config’s', () => {
  const manifest = parseManifest(json({ schemaVersion: 2, config: { digest: 'sha256:c', size: 100 }, layers: [layer(1, 1000), layer(2, 10)] }), null);
  assert.equal(manifest.kind, 'image');
  if (manifest.kind !== 'image') return;
  const alone = summariseImage('sha256:m', manifest, { created: '2024-01-02T03:04:05Z', os: 'linux', architecture: 'amd64' });
  assert.equal(alone.sizeBytes, 1110);
  assert.equal(platformName(alone), 'linux/amd64');
  assert.equal(alone.created, '2024-01-02T03:04:05Z');
  const fromIndex = summariseImage('sha256:m', manifest, { os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: 'arm64', variant: 'v8' });
  assert.equal(platformName(fromIndex), 'linux/arm64/v8');
  assert.deepEqual([summariseImage('sha256:m', manifest, null).os, summariseImage('sha256:m', manifest, null).created], ['unknown', null]);
});

test('attestations are not platforms; the newest time compares as a date', () => {
  assert.ok(isAttestation({ digest: 'x', size: 1, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } }));
  assert.ok(isAttestation({ digest: 'x', size: 1, platform: { os: 'unknown', architecture: 'unknown' } }));
  assert.ok(!isAttestation({ digest: 'x', size: 1, platform: { os: 'linux', architecture: 'amd64' } }));
  assert.equal(newest(['2024-01-01T10:00:00+02:00', '2024-01-01T09:30:00Z', null, 'garbage']), '2024-01-01T09:30:00Z');
  assert.equal(newest([null]), null);
});

test('a manifest’s digest: the registry’s header, else the sha256 of the bytes', () => {
  assert.equal(manifestDigest(Buffer.from('abc'), ' sha256:given '), 'sha256:given');
  assert.equal(manifestDigest(Buffer.from('abc'), null), 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('Docker Hub names, and the names and references the contract accepts', () => {
  assert.equal(repositoryPath('docker.io', 'busybox'), 'library/busybox');
  assert.equal(repositoryPath('docker.io', 'bitnami/redis'), 'bitnami/redis');
  assert.equal(repositoryPath('127.0.0.1:5555', 'busybox'), 'busybox');
  for (const good of ['a', 'team/web', 'a.b_c__d-e/f--g']) assert.ok(RepositoryName.safeParse(good).success, good);
  for (const bad of ['', 'Team/web', '/a', 'a/', 'a//b', '-a', 'a_']) assert.ok(!RepositoryName.safeParse(bad).success, bad);
  for (const good of ['latest', 'v1.2-rc_3', `sha256:${'a'.repeat(64)}`]) assert.ok(ManifestReference.safeParse(good).success, good);
  for (const bad of ['', '.x', '-x', '../x', 'a b', `${'a'.repeat(129)}`, 'sha256:short']) assert.ok(!ManifestReference.safeParse(bad).success, bad);
});

test('a registry’s refusals in words, by status and error code', () => {
  const response = (status: number, errors?: { code: string; message: string }[], credentialsRefused = false): RegistryResponse => ({
    status,
    headers: new Headers(),
    body: errors ? new Uint8Array(json({ errors })).buffer : new ArrayBuffer(0),
    credentialsRefused,
  });
  const anonymous = new RegistryClient('r.example', null);
  const signedIn = new RegistryClient('r.example', { username: 'ann', secret: 's3cret' });
  const check = (error: { code: string; message: string; details?: unknown }, code: string, message: RegExp) => {
    assert.equal(error.code, code);
    assert.match(error.message, message);
    assert.doesNotMatch(error.message, /s3cret/);
  };
  check(anonymous.failure(response(401), 'list its repositories'), 'UNAUTHORIZED', /^r\.example needs you to sign in to list its repositories\.$/);
  check(signedIn.failure(response(401, undefined, true), 'list its repositories'), 'UNAUTHORIZED', /refused the user name or password stored for ann: sign in again/);
  check(signedIn.failure(response(401, [{ code: 'DENIED', message: 'requested access to the resource is denied' }]), 'read a:1'), 'UNAUTHORIZED', /refused ann access to read a:1 \(requested access/);
  check(signedIn.failure(response(403), 'delete a:1'), 'FORBIDDEN', /does not allow ann to delete a:1/);
  check(anonymous.failure(response(404, [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }]), 'list the tags of a'), 'NOT_FOUND', /no such repository/);
  check(anonymous.failure(response(404, [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }]), 'read a:1'), 'NOT_FOUND', /no such tag or digest/);
  check(anonymous.failure(response(405, [{ code: 'UNSUPPORTED', message: 'The operation is unsupported.' }]), 'delete a:1'), 'FORBIDDEN', /does not allow this: could not delete a:1/);
  check(anonymous.failure(response(429), 'read a:1'), 'FORBIDDEN', /too many requests/);
  check(anonymous.failure(response(503), 'read a:1'), 'UNREACHABLE', /unavailable right now \(HTTP 503\)/);
  check(anonymous.failure(response(500), 'read a:1'), 'INTERNAL', /answered HTTP 500/);
  assert.deepEqual(anonymous.failure(response(401), 'x').details, { registry: 'r.example' }, 'the registry is named for a login dialog');
});
