/**
 * Browsing the two test registries (htpasswd with Basic auth, and distribution's token auth with the issuer
 * of scripts/token-issuer.mjs) through the real router: login stored in a fresh `pass` store, pushes made with
 * the docker CLI through the test engine using that same store, then the catalog, tags, manifests (Docker v2,
 * manifest lists, OCI), search, delete and logout. Nothing is mocked; Docker Hub is never contacted.
 *
 * Every repository is named from uniqueName(), so runs never see each other's images.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createCore, type Core } from '../../electron/core.js';
import type { InputOf, OutputOf } from '../../shared/contract/index.js';
import { BerthError } from '../../shared/contract/errors.js';
import { freshCredentialStore } from '../support/credentials.js';
import { docker, engineUrl, freePort, testEnv, uniqueName, waitFor } from '../support/env.js';
import { dockerWith, pushedDigest, registryAuthorization, testRegistries } from '../support/registries.js';

type Call = 'registries.login' | 'registries.logout' | 'registries.list' | 'registries.repositories' | 'registries.tags' | 'registries.manifest' | 'registries.deleteTag' | 'registries.search';

const store = freshCredentialStore(true);
let core: Core;
const localTags: string[] = [];

function call<K extends Call>(op: K, input: InputOf<K>): Promise<OutputOf<K>> {
  return core.caller.call(op, input) as Promise<OutputOf<K>>;
}

/** An assert.rejects matcher: the code, the message, and the registry named in the details (for a login dialog). */
function refused(code: string, message: RegExp, registry?: string) {
  return (error: unknown) => {
    assert.ok(error instanceof BerthError, `a BerthError, not ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.match(error.message, message);
    if (registry) assert.equal((error.details as { registry?: string } | undefined)?.registry, registry);
    return true;
  };
}

/** images.push or images.pull through Berth's router: the engine gets the stored login as X-Registry-Auth. */
async function transfer(op: 'images.push' | 'images.pull', reference: string): Promise<string | null> {
  let digest: string | null = null;
  await core.router.stream(op, { reference }, (event) => {
    const e = event as { kind: string; digest?: string | null };
    if (e.kind === 'done') digest = e.digest ?? null;
  }, new AbortController().signal);
  return digest;
}

async function push(reference: string): Promise<string> {
  localTags.push(reference);
  return pushedDigest(await dockerWith(store.dockerConfigDir, 'push', reference));
}

/** Puts a manifest into the registry by hand, as a client other than docker would (OCI types the engine does not push). */
async function putManifest(registry: string, repository: string, reference: string, mediaType: string, manifest: object): Promise<string> {
  const body = JSON.stringify(manifest);
  const response = await fetch(`http://${registry}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: { 'content-type': mediaType, authorization: await registryAuthorization(registry, `repository:${repository}:pull,push`) },
    body,
  });
  assert.equal(response.status, 201, `PUT manifest: ${response.status} ${await response.text()}`);
  return response.headers.get('docker-content-digest')!;
}

before(async () => {
  core = createCore({ engineSetting: engineUrl(), validateOutputs: true, dockerConfigDir: store.dockerConfigDir, dataDir: store.dataDir });
  await waitFor(() => core.connection.status.state === 'connected', 'the engine');
});

after(async () => {
  core?.dispose();
  for (const tag of localTags) await docker('rmi', tag).catch(() => undefined);
});

for (const { kind, registry } of testRegistries()) {
  describe(`browsing the ${kind}-auth registry`, () => {
    const env = testEnv();
    const prefix = uniqueName(`browse-${kind}`);
    const repo = `${prefix}/busybox`;
    const other = `${prefix}/other`;
    let digest = '';

    test('before any login, browsing is UNAUTHORIZED and names the registry (for the login dialog)', async () => {
      await assert.rejects(call('registries.repositories', { registry }), refused('UNAUTHORIZED', /needs you to sign in to list its repositories/, registry));
      await assert.rejects(call('registries.tags', { registry, repository: repo }), refused('UNAUTHORIZED', /needs you to sign in/, registry));
    });

    test('after a login through Berth, the docker CLI pushes with the same store; digests as it printed them', async () => {
      await call('registries.login', { registry, username: env.registryUser, password: env.registryPassword });
      for (const target of [`${registry}/${repo}:1`, `${registry}/${repo}:2`, `${registry}/${other}:1`]) {
        await dockerWith(store.dockerConfigDir, 'tag', env.image, target);
      }
      digest = await push(`${registry}/${repo}:1`);
      assert.equal(await push(`${registry}/${repo}:2`), digest, 'the same image under a second tag has the same digest');
      assert.equal(await push(`${registry}/${other}:1`), digest);
    });

    test('Berth’s own push and pull (images.push/pull) use the stored login', async () => {
      const reference = `${registry}/${repo}:berth`;
      localTags.push(reference);
      await dockerWith(store.dockerConfigDir, 'tag', env.image, reference);
      assert.equal(await transfer('images.push', reference), digest, 'the same image, the same digest');
      await docker('rmi', reference);
      assert.equal(await transfer('images.pull', reference), digest);
      assert.match(await docker('image', 'inspect', '--format', '{{json .RepoDigests}}', reference), new RegExp(digest));
    });

    test('repositories: the catalog, one page at a time through the Link header', async () => {
      // Starting just before this run's repositories, one per page: the first page says where the next starts.
      const first = await call('registries.repositories', { registry, n: 1, last: prefix });
      assert.deepEqual(first.repositories, [repo]);
      assert.equal(first.next, repo);
      const second = await call('registries.repositories', { registry, n: 1, last: first.next! });
      assert.deepEqual(second.repositories, [other]);
      const all = await call('registries.repositories', { registry, n: 1000, last: prefix });
      assert.deepEqual(all.repositories.filter((name) => name.startsWith(`${prefix}/`)), [repo, other]);
    });

    test('tags, and the manifest of a tag: digest, size, created, os/arch and layers as the engine knows the image', async () => {
      const tags = await call('registries.tags', { registry, repository: repo });
      assert.deepEqual([...tags.tags].sort(), ['1', '2', 'berth']);
      assert.equal(tags.next, null);

      const manifest = await call('registries.manifest', { registry, repository: repo, reference: '1' });
      const [created, os, architecture, layers] = (await docker('image', 'inspect', '--format', '{{.Created}}|{{.Os}}|{{.Architecture}}|{{len .RootFS.Layers}}', env.image)).split('|');
      assert.equal(manifest.digest, digest);
      assert.equal(manifest.kind, 'image');
      assert.equal(manifest.mediaType, 'application/vnd.docker.distribution.manifest.v2+json');
      assert.deepEqual(manifest.platforms, [`${os}/${architecture}`]);
      assert.equal(Date.parse(manifest.created!), Date.parse(created!));
      assert.equal(manifest.images.length, 1);
      const image = manifest.images[0]!;
      assert.equal(image.layers.length, Number(layers));
      assert.ok(image.layers.every((layer) => layer.sizeBytes > 0 && /^sha256:[a-f0-9]{64}$/.test(layer.digest)));
      assert.ok(manifest.sizeBytes > image.layers.reduce((sum, layer) => sum + layer.sizeBytes, 0), 'the total counts the config blob too');

      const byDigest = await call('registries.manifest', { registry, repository: repo, reference: digest });
      assert.equal(byDigest.digest, digest);
      assert.equal(byDigest.sizeBytes, manifest.sizeBytes);
    });

    test('a manifest list (docker manifest push) lists each platform; OCI manifests and indexes are read too', async () => {
      // A second image (another config, same layers) announced as arm64/v8 beside the amd64 one.
      const variant = `${registry}/${repo}:variant`;
      localTags.push(variant);
      await buildFromStdin(variant, `FROM ${env.image}\nLABEL berth.test.variant=${prefix}\n`);
      const variantDigest = await push(variant);
      const list = `${registry}/${repo}:multi`;
      await dockerWith(store.dockerConfigDir, 'manifest', 'create', '--insecure', list, `${registry}/${repo}:1`, variant);
      await dockerWith(store.dockerConfigDir, 'manifest', 'annotate', list, variant, '--arch', 'arm64', '--variant', 'v8');
      const listDigest = /sha256:[a-f0-9]{64}/.exec(await dockerWith(store.dockerConfigDir, 'manifest', 'push', '--purge', '--insecure', list))![0];

      const multi = await call('registries.manifest', { registry, repository: repo, reference: 'multi' });
      assert.equal(multi.digest, listDigest);
      assert.equal(multi.kind, 'index');
      assert.equal(multi.mediaType, 'application/vnd.docker.distribution.manifest.list.v2+json');
      assert.deepEqual(multi.platforms, ['linux/amd64', 'linux/arm64/v8']);
      assert.deepEqual(multi.images.map((image) => image.digest), [digest, variantDigest]);
      assert.equal(multi.sizeBytes, multi.images[0]!.sizeBytes + multi.images[1]!.sizeBytes);
      assert.equal(multi.created, multi.images[1]!.created, 'the newest image’s time (the variant was built after the fixture)');

      // The same image as an OCI manifest, and an OCI index around it, written as other tools would.
      const docker2 = JSON.parse(await (await fetch(`http://${registry}/v2/${repo}/manifests/${digest}`, {
        headers: { accept: 'application/vnd.docker.distribution.manifest.v2+json', authorization: await registryAuthorization(registry, `repository:${repo}:pull`) },
      })).text()) as { config: { digest: string; size: number }; layers: { digest: string; size: number }[] };
      const oci = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: docker2.config.digest, size: docker2.config.size },
        layers: docker2.layers.map((layer) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layer.digest, size: layer.size })),
      };
      const ociDigest = await putManifest(registry, repo, 'oci', oci.mediaType, oci);
      const ociSize = JSON.stringify(oci).length;
      const index = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          { mediaType: oci.mediaType, digest: ociDigest, size: ociSize, platform: { os: 'linux', architecture: 'amd64' } },
          // BuildKit's attestation entry: not an image, so not listed.
          {
            mediaType: oci.mediaType,
            digest: ociDigest,
            size: ociSize,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': ociDigest },
          },
        ],
      };
      const indexDigest = await putManifest(registry, repo, 'oci-index', index.mediaType, index);

      const ociManifest = await call('registries.manifest', { registry, repository: repo, reference: 'oci' });
      assert.equal(ociManifest.digest, ociDigest);
      assert.equal(ociManifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
      assert.equal(ociManifest.kind, 'image');
      const dockerOne = await call('registries.manifest', { registry, repository: repo, reference: '1' });
      assert.equal(ociManifest.sizeBytes, dockerOne.sizeBytes);
      assert.deepEqual(ociManifest.platforms, dockerOne.platforms);
      const ociIndex = await call('registries.manifest', { registry, repository: repo, reference: 'oci-index' });
      assert.equal(ociIndex.digest, indexDigest);
      assert.equal(ociIndex.kind, 'index');
      assert.deepEqual(ociIndex.platforms, ['linux/amd64']);
      assert.deepEqual(ociIndex.images.map((image) => image.digest), [ociDigest]);
    });

    test('search: the catalog filtered by name, case-insensitive, with what to pull', async () => {
      const found = await call('registries.search', { registry, term: prefix.toUpperCase() });
      assert.deepEqual(
        found.results.map((result) => [result.name, result.reference]),
        [
          [repo, `${registry}/${repo}`],
          [other, `${registry}/${other}`],
        ],
      );
      assert.equal(found.truncated, false);
      const narrow = await call('registries.search', { registry, term: `${prefix}/oth` });
      assert.deepEqual(narrow.results.map((result) => result.name), [other]);
      const limited = await call('registries.search', { registry, term: prefix, limit: 1 });
      assert.equal(limited.results.length, 1);
      assert.equal(limited.truncated, true);
      assert.deepEqual((await call('registries.search', { registry, term: `${prefix}-nothing-like-it` })).results, []);
    });

    test('deleteTag: refused when the tag moved; deletes by digest, and the other tag on that digest goes too', async () => {
      await assert.rejects(
        call('registries.deleteTag', { registry, repository: repo, tag: '2', digest: `sha256:${'0'.repeat(64)}` }),
        refused('CONFLICT', /now points at sha256:/),
      );
      assert.deepEqual(await call('registries.deleteTag', { registry, repository: repo, tag: '2', digest }), { ok: true, digest });
      const left = (await call('registries.tags', { registry, repository: repo })).tags;
      assert.ok(!left.includes('1') && !left.includes('2') && !left.includes('berth'), `tags 1, 2 and berth (same digest) are gone: ${left.join(', ')}`);
      assert.ok(left.includes('variant'), 'tags on other digests stay');
      await assert.rejects(call('registries.manifest', { registry, repository: repo, reference: '1' }), refused('NOT_FOUND', /no such tag or digest/));
      await assert.rejects(call('registries.deleteTag', { registry, repository: repo, tag: '1' }), refused('NOT_FOUND', /:1 is not on .* nothing was deleted/));
    });

    test('an unknown repository is NOT_FOUND; bad names never reach the registry', async () => {
      await assert.rejects(call('registries.tags', { registry, repository: `${prefix}/never-pushed` }), refused('NOT_FOUND', /no such repository/));
      await assert.rejects(call('registries.tags', { registry, repository: 'Upper/Case' }), refused('INVALID_INPUT', /not a repository name/));
      await assert.rejects(call('registries.manifest', { registry, repository: repo, reference: '../x' }), refused('INVALID_INPUT', /not a tag|not a digest/));
    });

    test('after logout, browsing is UNAUTHORIZED and the CLI’s push fails too', async () => {
      await call('registries.logout', { registry });
      await assert.rejects(call('registries.repositories', { registry }), refused('UNAUTHORIZED', /needs you to sign in/, registry));
      await assert.rejects(call('registries.tags', { registry, repository: repo }), refused('UNAUTHORIZED', /needs you to sign in/, registry));
      await assert.rejects(call('registries.manifest', { registry, repository: repo, reference: 'variant' }), refused('UNAUTHORIZED', /sign in/, registry));
      await assert.rejects(call('registries.search', { registry, term: prefix }), refused('UNAUTHORIZED', /sign in/, registry));
      await assert.rejects(dockerWith(store.dockerConfigDir, 'push', `${registry}/${repo}:variant`), /unauthorized|no basic auth credentials|authentication required/i);
      await assert.rejects(transfer('images.push', `${registry}/${repo}:variant`), refused('UNAUTHORIZED', /./, registry));
    });

    test('a wrong password another tool left in config.json is refused as such, naming the user', async () => {
      const configFile = path.join(store.dockerConfigDir, 'config.json');
      const saved = fs.readFileSync(configFile, 'utf8');
      const auth = Buffer.from(`${env.registryUser}:not-the-password`).toString('base64');
      fs.writeFileSync(configFile, JSON.stringify({ ...JSON.parse(saved), auths: { [registry]: { auth } } }));
      try {
        await assert.rejects(
          call('registries.tags', { registry, repository: repo }),
          refused('UNAUTHORIZED', new RegExp(`refused the user name or password stored for ${env.registryUser}: sign in again`), registry),
        );
      } finally {
        fs.writeFileSync(configFile, saved);
      }
    });
  });
}

describe('registry errors with their own words (no registry needs to be up)', () => {
  test('Docker Hub has no catalog: said without contacting it', async () => {
    await assert.rejects(call('registries.repositories', { registry: 'docker.io' }), refused('INVALID_INPUT', /Docker Hub does not list its repositories/));
  });

  test('nothing listening: UNREACHABLE', async () => {
    const nobody = `127.0.0.1:${await freePort()}`;
    await assert.rejects(call('registries.tags', { registry: nobody, repository: 'a/b' }), refused('UNREACHABLE', /refused the connection/));
  });

  test('a plain-HTTP registry spoken to over HTTPS is INVALID_INPUT saying so; marked insecure, it works', async () => {
    const env = testEnv();
    // 127.0.0.1 written as one number: the same registry, but not a name Berth recognises as loopback, so HTTPS.
    const port = env.registry.split(':')[1]!;
    const numeric = `2130706433:${port}`;
    await assert.rejects(
      call('registries.login', { registry: numeric, username: env.registryUser, password: env.registryPassword }),
      refused('INVALID_INPUT', /speaks plain HTTP, not HTTPS/),
    );
    await assert.rejects(call('registries.repositories', { registry: numeric }), refused('INVALID_INPUT', /speaks plain HTTP/));
    const entry = await call('registries.login', { registry: numeric, username: env.registryUser, password: env.registryPassword, insecure: true });
    assert.deepEqual(entry, { registry: numeric, username: env.registryUser, storedIn: 'helper', insecure: true });
    try {
      const listed = await call('registries.repositories', { registry: numeric, n: 1 });
      assert.equal(listed.registry, numeric);
      assert.equal(listed.repositories.length, 1);
      assert.ok((await call('registries.list', {})).some((r) => r.registry === numeric && r.insecure));
    } finally {
      await call('registries.logout', { registry: numeric });
    }
  });
});

/** docker build with the Dockerfile on stdin and no context (FROM and LABEL need none). */
async function buildFromStdin(tag: string, dockerfile: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('docker', ['build', '-q', '-t', tag, '-'], {
      env: { ...process.env, DOCKER_HOST: engineUrl(), DOCKER_CONFIG: store.dockerConfigDir },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`docker build failed: ${stderr}`))));
    child.stdin.end(dockerfile);
  });
}
