import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, onPodman, uniqueName } from '../support/env.js';
import { helpersLeft, inVolume, removeVolumesNamed } from '../support/volumes.js';

const prefix = uniqueName('volfiles');
let core: Core;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);
const entries = async (name: string, path: string) => (await call('volumes.files.list', { name, path })).entries;

type DownloadEvent = { fileName?: string; kind?: string; sizeBytes?: number | null; chunkBase64?: string };
async function download(name: string, path: string) {
  const events: DownloadEvent[] = [];
  await core.router.stream('volumes.files.download', { name, path }, (e) => events.push(e as DownloadEvent), new AbortController().signal);
  const [head, ...chunks] = events;
  return { head, bytes: Buffer.concat(chunks.map((c) => Buffer.from(c.chunkBase64 ?? '', 'base64'))) };
}

describe('browsing a volume through a helper container', () => {
  const volume = `${prefix}-data`;

  before(async () => {
    core = await startCore();
    await docker('volume', 'create', volume);
    await inVolume(
      volume,
      [
        'mkdir -p /data/conf/deep',
        'echo "listen 80" > /data/conf/site.conf',
        'head -c 5000 /dev/zero > /data/conf/deep/zeros',
        'echo hello > /data/readme.txt',
        'chmod 600 /data/readme.txt',
        'ln -s readme.txt /data/link',
        'head -c 20000000 /dev/urandom > /data/big.bin',
      ].join(' && '),
    );
  });
  afterEach(async () => {
    assert.equal(await helpersLeft(prefix), '', 'no helper container is left behind');
  });
  after(async () => {
    core.dispose();
    await removeVolumesNamed(prefix);
  });

  test('the helper’s image is Berth’s own: not in the images list, never offered by a prune', async () => {
    await entries(volume, '/'); // makes the helper image if this engine has none yet
    const helperImage = await docker('image', 'inspect', '--format', '{{.Id}}', 'berth/volume-helper:1');
    const rows = await core.caller.call('images.list', {});
    assert.ok(rows.length > 0, 'the user’s images are listed');
    assert.ok(!rows.some((row) => row.id === helperImage), 'the helper image is not');
    const preview = await core.caller.call('images.prune', { dryRun: true, all: true });
    assert.ok(!preview.images.some((image) => image.id === helperImage));
  });

  test('the root and a subfolder list kinds, sizes, modes, times and link targets; no container of the user is needed', async () => {
    const root = await entries(volume, '/');
    assert.deepEqual(root.map((e) => e.name), ['conf', 'big.bin', 'link', 'readme.txt'], 'folders first, then by name');
    const conf = root.find((e) => e.name === 'conf');
    assert.equal(conf?.type, 'directory');
    assert.equal(conf?.sizeBytes, 'listen 80\n'.length + 5000, 'a folder’s size is what it holds');
    const readme = root.find((e) => e.name === 'readme.txt');
    assert.equal(readme?.sizeBytes, 6);
    assert.equal(readme?.mode, 0o600);
    assert.ok(Math.abs((readme?.modified ?? 0) - Date.now()) < 10 * 60_000, 'modified about now');
    assert.deepEqual([root.find((e) => e.name === 'link')?.type, root.find((e) => e.name === 'link')?.linkTarget], ['symlink', 'readme.txt']);
    assert.deepEqual((await entries(volume, '/conf')).map((e) => [e.name, e.type]), [['deep', 'directory'], ['site.conf', 'file']]);
    assert.deepEqual((await entries(volume, '/conf/deep/')).map((e) => e.name), ['zeros'], 'a trailing slash is the same folder');
  });

  test('wrong paths and missing volumes fail plainly, and the volume is never created by looking', async () => {
    await assert.rejects(entries(volume, '/readme.txt'), { code: 'INVALID_INPUT', message: /not a folder/ });
    await assert.rejects(entries(volume, '/nothing/here'), { code: 'NOT_FOUND', message: new RegExp(`/nothing/here does not exist in volume ${volume}`) });
    await assert.rejects(entries(volume, '/../etc'), { code: 'INVALID_INPUT' });
    await assert.rejects(entries(volume, 'relative'), { code: 'INVALID_INPUT' });
    const missing = `${prefix}-missing`;
    await assert.rejects(entries(missing, '/'), { code: 'NOT_FOUND' });
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=^${missing}$`), '', 'browsing did not make it');
  });

  test('upload writes files any container then sees; download gives a file’s bytes and a folder as tar', async () => {
    const binary = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    await call('volumes.files.upload', {
      name: volume,
      folder: '/conf/deep',
      files: [
        { name: 'uploaded.txt', contentBase64: Buffer.from('from berth\n').toString('base64') },
        { name: 'blob.bin', contentBase64: binary.toString('base64') },
      ],
    });
    assert.equal(await inVolume(volume, 'cat /data/conf/deep/uploaded.txt'), 'from berth');
    assert.equal(await inVolume(volume, 'sha256sum /data/conf/deep/blob.bin | cut -c1-64'), createHash('sha256').update(binary).digest('hex'));

    const file = await download(volume, '/conf/deep/blob.bin');
    assert.deepEqual(file.head, { fileName: 'blob.bin', kind: 'file', sizeBytes: 70_000 });
    assert.deepEqual(file.bytes, binary);

    const folder = await download(volume, '/conf');
    assert.deepEqual(folder.head, { fileName: 'conf.tar', kind: 'tar', sizeBytes: null });
    assert.ok(folder.bytes.includes(Buffer.from('listen 80')), 'the folder archive holds its files');

    const whole = await download(volume, '/');
    assert.equal(whole.head?.fileName, `${volume}.tar`);
    // The folder's contents, named as each engine's archive names them: `./readme.txt` (Docker), `readme.txt` (Podman).
    assert.ok(whole.bytes.includes(Buffer.from(onPodman() ? 'readme.txt' : './readme.txt')), 'the whole volume downloads as its contents, like an export');

    await assert.rejects(call('volumes.files.upload', { name: volume, folder: '/no/such', files: [{ name: 'x', contentBase64: '' }] }), { code: 'NOT_FOUND' });
    await assert.rejects(call('volumes.files.upload', { name: volume, folder: '/', files: [{ name: '../x', contentBase64: '' }] }), { code: 'INVALID_INPUT' });
    await assert.rejects(download(volume, '/absent.txt'), { code: 'NOT_FOUND' });
  });

  test('a download cancelled half-way stops, and its helper is removed', async () => {
    const controller = new AbortController();
    let chunks = 0;
    await core.router.stream(
      'volumes.files.download',
      { name: volume, path: '/big.bin' },
      (event) => {
        if ('chunkBase64' in (event as DownloadEvent) && ++chunks === 1) controller.abort();
      },
      controller.signal,
    );
    assert.equal(chunks, 1, 'nothing more after the cancel');
    // The stream resolved only after its handler finished, helper removal included: the afterEach checks it.
  });
});
