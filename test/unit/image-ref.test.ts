import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  dockerBuildCommand,
  dockerLoadCommand,
  dockerPullCommand,
  dockerPushCommand,
  dockerRemoveImageCommand,
  dockerSaveCommand,
  dockerTagCommand,
} from '../../shared/image-cli.js';
import { checkImageRefOrId, checkTaggableRef, imageRef, isImageId, parseImageRef } from '../../shared/image-ref.js';

const digest = `sha256:${'a1'.repeat(32)}`;

function parts(input: string) {
  const { registry, path, tag, digest: d, familiar, canonical } = imageRef(input);
  return { registry, path, tag, digest: d, familiar, canonical };
}

function errorOf(input: string): string {
  const result = parseImageRef(input);
  assert.equal(result.ok, false, `${input} should be refused`);
  return result.ok ? '' : result.error;
}

describe('image references: valid ones, normalised as docker does', () => {
  const cases: [string, ReturnType<typeof parts>][] = [
    ['busybox', { registry: 'docker.io', path: 'library/busybox', tag: 'latest', digest: null, familiar: 'busybox:latest', canonical: 'docker.io/library/busybox:latest' }],
    ['busybox:1.36', { registry: 'docker.io', path: 'library/busybox', tag: '1.36', digest: null, familiar: 'busybox:1.36', canonical: 'docker.io/library/busybox:1.36' }],
    ['team/web', { registry: 'docker.io', path: 'team/web', tag: 'latest', digest: null, familiar: 'team/web:latest', canonical: 'docker.io/team/web:latest' }],
    ['docker.io/library/nginx:alpine', { registry: 'docker.io', path: 'library/nginx', tag: 'alpine', digest: null, familiar: 'nginx:alpine', canonical: 'docker.io/library/nginx:alpine' }],
    ['docker.io/nginx', { registry: 'docker.io', path: 'library/nginx', tag: 'latest', digest: null, familiar: 'nginx:latest', canonical: 'docker.io/library/nginx:latest' }],
    ['index.docker.io/team/web:v2', { registry: 'docker.io', path: 'team/web', tag: 'v2', digest: null, familiar: 'team/web:v2', canonical: 'docker.io/team/web:v2' }],
    ['127.0.0.1:5555/team/web:0.2', { registry: '127.0.0.1:5555', path: 'team/web', tag: '0.2', digest: null, familiar: '127.0.0.1:5555/team/web:0.2', canonical: '127.0.0.1:5555/team/web:0.2' }],
    ['localhost/web', { registry: 'localhost', path: 'web', tag: 'latest', digest: null, familiar: 'localhost/web:latest', canonical: 'localhost/web:latest' }],
    ['localhost:5000/a/b/c', { registry: 'localhost:5000', path: 'a/b/c', tag: 'latest', digest: null, familiar: 'localhost:5000/a/b/c:latest', canonical: 'localhost:5000/a/b/c:latest' }],
    ['registry.example.com/web', { registry: 'registry.example.com', path: 'web', tag: 'latest', digest: null, familiar: 'registry.example.com/web:latest', canonical: 'registry.example.com/web:latest' }],
    ['Registry.Example.com/web', { registry: 'Registry.Example.com', path: 'web', tag: 'latest', digest: null, familiar: 'Registry.Example.com/web:latest', canonical: 'Registry.Example.com/web:latest' }],
    ['[::1]:5000/web:1', { registry: '[::1]:5000', path: 'web', tag: '1', digest: null, familiar: '[::1]:5000/web:1', canonical: '[::1]:5000/web:1' }],
    // Without a '/' the first part is never a registry: localhost:5000 is the repository "localhost", tag "5000".
    ['localhost:5000', { registry: 'docker.io', path: 'library/localhost', tag: '5000', digest: null, familiar: 'localhost:5000', canonical: 'docker.io/library/localhost:5000' }],
    // A first part without '.', ':' or being localhost is a Docker Hub namespace, not a host.
    ['myhost/web', { registry: 'docker.io', path: 'myhost/web', tag: 'latest', digest: null, familiar: 'myhost/web:latest', canonical: 'docker.io/myhost/web:latest' }],
    [`busybox@${digest}`, { registry: 'docker.io', path: 'library/busybox', tag: null, digest, familiar: `busybox@${digest}`, canonical: `docker.io/library/busybox@${digest}` }],
    [`127.0.0.1:5555/web:1@${digest}`, { registry: '127.0.0.1:5555', path: 'web', tag: '1', digest, familiar: `127.0.0.1:5555/web:1@${digest}`, canonical: `127.0.0.1:5555/web:1@${digest}` }],
    ['a.b-c--d/x', { registry: 'a.b-c--d', path: 'x', tag: 'latest', digest: null, familiar: 'a.b-c--d/x:latest', canonical: 'a.b-c--d/x:latest' }],
    // A first part with ':' is a host with a port, whatever follows.
    ['team:1/web', { registry: 'team:1', path: 'web', tag: 'latest', digest: null, familiar: 'team:1/web:latest', canonical: 'team:1/web:latest' }],
    ['team/a.b_c__d---e:_V1.x-Y', { registry: 'docker.io', path: 'team/a.b_c__d---e', tag: '_V1.x-Y', digest: null, familiar: 'team/a.b_c__d---e:_V1.x-Y', canonical: 'docker.io/team/a.b_c__d---e:_V1.x-Y' }],
    ['library/busybox', { registry: 'docker.io', path: 'library/busybox', tag: 'latest', digest: null, familiar: 'busybox:latest', canonical: 'docker.io/library/busybox:latest' }],
    ['library/a/b', { registry: 'docker.io', path: 'library/a/b', tag: 'latest', digest: null, familiar: 'library/a/b:latest', canonical: 'docker.io/library/a/b:latest' }],
    [`x:${'t'.repeat(128)}`, { registry: 'docker.io', path: 'library/x', tag: 't'.repeat(128), digest: null, familiar: `x:${'t'.repeat(128)}`, canonical: `docker.io/library/x:${'t'.repeat(128)}` }],
  ];
  for (const [input, expected] of cases) {
    test(input.length > 60 ? `${input.slice(0, 60)}…` : input, () => assert.deepEqual(parts(input), expected));
  }

  test('name and familiarName are the repository without tag or digest', () => {
    const ref = imageRef('127.0.0.1:5555/team/web:0.2');
    assert.equal(ref.name, '127.0.0.1:5555/team/web');
    assert.equal(ref.familiarName, '127.0.0.1:5555/team/web');
    assert.equal(imageRef('busybox:1').name, 'docker.io/library/busybox');
    assert.equal(imageRef('busybox:1').familiarName, 'busybox');
  });

  test('the longest name allowed is 255 characters, registry included', () => {
    const path = 'a'.repeat(255 - 'docker.io/x/'.length);
    assert.equal(imageRef(`x/${path}`).name.length, 255);
  });
});

describe('image references: bad ones, each with a specific message', () => {
  const cases: [string, RegExp][] = [
    ['', /an image reference is required/],
    ['   ', /an image reference is required/],
    ['busy box', /cannot contain spaces/],
    ['busybox\t', /cannot contain spaces/],
    ['Busybox', /uppercase letters are not allowed in a repository name: "Busybox"/],
    ['team/Web:1', /uppercase letters are not allowed in a repository name: "team\/Web"/],
    ['MyHost/web', /uppercase letters are not allowed/],
    ['127.0.0.1:5555/Team/web', /uppercase letters are not allowed in a repository name: "Team\/web"/],
    [`x:${'t'.repeat(129)}`, /a tag can be at most 128 characters \(this one has 129\)/],
    ['x:', /a tag cannot be empty/],
    ['x:-dash', /invalid tag "-dash"/],
    ['x:.dot', /invalid tag ".dot"/],
    ['x:a+b', /invalid tag "a\+b"/],
    ['x@', /a digest cannot be empty/],
    ['x@sha256:abc', /invalid digest "sha256:abc": expected sha256: followed by 64/],
    [`x@sha256:${'A'.repeat(64)}`, /invalid digest/],
    [`x@md5:${'a'.repeat(64)}`, /invalid digest/],
    [`x@${digest}@${digest}`, /invalid digest/],
    ['a'.repeat(64).replace(/a/g, 'f'), /64-character image id, not a repository name/],
    [`x/${'a'.repeat(255)}`, /at most 255 characters, registry included \(this one has 267\)/],
    ['/busybox', /empty part/],
    ['busybox/', /empty part/],
    ['team//web', /empty part/],
    [':latest', /a repository name is required/],
    ['-web', /invalid repository name "-web"/],
    ['web-', /invalid repository name "web-"/],
    ['we..b', /invalid repository name "we..b"/],
    ['we___b', /invalid repository name/],
    ['team/w@b', /invalid digest/],
    ['team/we$b', /invalid repository name/],
    ['my_host.com/web', /invalid registry host "my_host.com"/],
    ['-bad.com/web', /invalid registry host/],
    ['host.com:abc/web', /invalid registry port "abc"/],
    ['host.com:/web', /invalid registry port ""/],
    ['host.com/', /a repository name is required/],
    ['team/web:1/x', /a ':' may only start a tag or a registry port/],
    ['a.b_c/x', /invalid registry host "a.b_c"/],
  ];
  for (const [input, message] of cases) {
    test(JSON.stringify(input.length > 50 ? `${input.slice(0, 50)}…` : input), () => assert.match(errorOf(input), message));
  }

  test('imageRef throws the same message', () => {
    assert.throws(() => imageRef('Busybox'), /uppercase letters are not allowed/);
  });
});

describe('references or ids, and tag targets', () => {
  test('image ids are accepted where docker takes them (rmi, inspect, tag source)', () => {
    for (const id of ['031a60f0d0a4', 'sha256:031a60f0d0a4', `sha256:${'b'.repeat(64)}`, 'b'.repeat(64)]) {
      assert.equal(isImageId(id), true, id);
      assert.equal(checkImageRefOrId(id), null, id);
    }
    assert.equal(checkImageRefOrId('busybox:1'), null);
    assert.match(checkImageRefOrId('Busybox') ?? '', /uppercase/);
    assert.equal(isImageId('sha256:xyz'), false);
  });

  test('a tag target cannot carry a digest', () => {
    assert.equal(checkTaggableRef('127.0.0.1:5555/web:1'), null);
    assert.match(checkTaggableRef(`web@${digest}`) ?? '', /has a digest/);
    assert.match(checkTaggableRef('web:') ?? '', /tag cannot be empty/);
  });
});

describe('copy as CLI', () => {
  test('pull, tag, push, rmi, save and load', () => {
    assert.equal(dockerPullCommand('127.0.0.1:5555/team/web:0.2'), 'docker pull 127.0.0.1:5555/team/web:0.2');
    assert.equal(dockerPullCommand('busybox', 'linux/arm64'), 'docker pull --platform linux/arm64 busybox');
    assert.equal(dockerTagCommand('web:0.2', 'web:latest'), 'docker tag web:0.2 web:latest');
    assert.equal(dockerPushCommand('127.0.0.1:5555/web:1'), 'docker push 127.0.0.1:5555/web:1');
    assert.equal(dockerRemoveImageCommand(['web:1', 'web:2'], true), 'docker rmi -f web:1 web:2');
    assert.equal(dockerRemoveImageCommand(['web:1']), 'docker rmi web:1');
    assert.equal(dockerRemoveImageCommand(['web:1'], false, ['api', 'db']), 'docker stop api db && docker rm api db && docker rmi web:1');
    assert.equal(dockerSaveCommand(['web:1', 'db:2'], '/home/me/my images.tar'), "docker save -o '/home/me/my images.tar' web:1 db:2");
    assert.equal(dockerLoadCommand('/tmp/x.tar'), 'docker load -i /tmp/x.tar');
  });

  test('build with every option, -f spelled out from the context', () => {
    assert.equal(
      dockerBuildCommand({
        context: '/home/me/my app/',
        dockerfile: 'docker/Dockerfile.prod',
        tags: ['web:1', 'web:latest'],
        buildArgs: { VERSION: '1.2', NOTE: "it's" },
        labels: { team: 'a' },
        target: 'runtime',
        noCache: true,
      }),
      "docker build -t web:1 -t web:latest -f '/home/me/my app/docker/Dockerfile.prod' --build-arg VERSION=1.2 " +
        "--build-arg 'NOTE=it'\\''s' --label team=a --target runtime --no-cache '/home/me/my app/'",
    );
    assert.equal(dockerBuildCommand({ context: '/src', dockerfile: 'Dockerfile' }), 'docker build /src');
    assert.equal(dockerBuildCommand({ context: '/src', dockerfile: '/elsewhere/Dockerfile', tags: ['x'] }), 'docker build -t x -f /elsewhere/Dockerfile /src');
  });
});
