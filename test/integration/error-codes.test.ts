import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import type { VolumeSummary } from '../../shared/contract/volumes.js';
import { startCore } from '../support/core.js';
import { docker, freePort, removeContainersNamed, testEnv, uniqueName } from '../support/env.js';
import { removeImages, startImages, type ImageTester } from '../support/images.js';
import { inVolume, removeVolumesNamed } from '../support/volumes.js';

/** Failures that are nobody's fault but the input's or the network's carry that code, never INTERNAL. */
const prefix = uniqueName('codes');
let core: Core;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);

before(async () => {
  core = await startCore();
});
after(async () => {
  core.dispose();
  await removeContainersNamed(prefix);
  await removeVolumesNamed(prefix);
});

describe('a registry that is not running', () => {
  let images: ImageTester;
  let stopped: string;
  let reference: string;

  before(async () => {
    images = await startImages();
    // A loopback port nobody listens on: what a stopped registry looks like (connection refused).
    stopped = `127.0.0.1:${await freePort()}`;
    reference = `${stopped}/berth-test/${prefix}:1`;
    await docker('tag', testEnv().image, reference);
  });
  after(async () => {
    images.dispose();
    await removeImages(reference);
  });

  test('push, pull and tags all say UNREACHABLE (push and pull said INTERNAL)', async () => {
    await assert.rejects(call('registries.tags', { registry: stopped, repository: `berth-test/${prefix}` }), { code: 'UNREACHABLE' });
    await assert.rejects(images.stream('images.push', { reference }), { code: 'UNREACHABLE', message: new RegExp(stopped.replace(/\./g, '\\.')) });
    await assert.rejects(images.stream('images.pull', { reference: `${stopped}/berth-test/${prefix}:absent` }), { code: 'UNREACHABLE' });
  });
});

describe('volume sizes measured by several callers at once', () => {
  test('concurrent volumes.list share the one running measurement (it was INTERNAL "a disk usage operation is already running")', async () => {
    const volume = `${prefix}-sized`;
    await docker('volume', 'create', volume);
    await inVolume(volume, 'head -c 300000 /dev/urandom > /data/blob');
    const lists = (await Promise.all(Array.from({ length: 12 }, () => call('volumes.list', {})))) as VolumeSummary[][];
    for (const list of lists) {
      const row = list.find((v) => v.name === volume);
      assert.ok((row?.sizeBytes ?? 0) >= 300_000, 'every caller got the size');
    }
    // Once the shared one is over, a new call measures afresh.
    await inVolume(volume, 'head -c 300000 /dev/urandom > /data/blob2');
    const again = await call('volumes.list', { names: [volume] });
    assert.ok((again[0]?.sizeBytes ?? 0) >= 600_000, 'a later call measures again');
  });
});

describe('input that cannot name anything', () => {
  test('a broken character (lone surrogate) as the page start of tags or repositories is INVALID_INPUT (it was INTERNAL "URI malformed")', async () => {
    const registry = testEnv().registry;
    await assert.rejects(call('registries.tags', { registry, repository: 'berth-test/x', last: 'a\ud800' }), { code: 'INVALID_INPUT', message: /last/ });
    await assert.rejects(call('registries.repositories', { registry, last: '\udc00' }), { code: 'INVALID_INPUT', message: /last/ });
  });

  test('a NUL in a container or volume path is INVALID_INPUT (it was INTERNAL "server error")', async () => {
    const id = await docker('create', '--name', `${prefix}-nul`, testEnv().image, 'true');
    const volume = `${prefix}-nul`;
    await docker('volume', 'create', volume);
    for (const [op, input] of [
      ['containers.files.list', { id, path: '/etc\0x' }],
      ['containers.files.upload', { id, folder: '/tmp\0', files: [{ name: 'a', contentBase64: '' }] }],
      ['volumes.files.list', { name: volume, path: '/\0' }],
      ['volumes.files.upload', { name: volume, folder: '/a\0b', files: [{ name: 'a', contentBase64: '' }] }],
    ] as const) {
      // The router's own entry: these inputs are the wire's, not the contract's types.
      await assert.rejects(core.router.call(op, input), { code: 'INVALID_INPUT', message: /NUL/ }, op);
    }
    await assert.rejects(core.router.stream('containers.files.download', { id, path: '/etc/\0' }, () => {}, new AbortController().signal), { code: 'INVALID_INPUT' });
  });
});
