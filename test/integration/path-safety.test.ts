import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, onPodman, removeContainersNamed, testEnv, uniqueName } from '../support/env.js';
import { inVolume, removeVolumesNamed, volumeFingerprint } from '../support/volumes.js';

/**
 * No upload, download, export or import touches anything but what it names: not the parent of an upload's
 * folder (a file named ".." used to replace it), not another volume, not the host outside a bind-mounted
 * folder. Each case looks at what is really on the engine and the disk afterwards.
 */
const prefix = uniqueName('paths');
let core: Core;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);
const stream = async (op: string, input: unknown) => {
  const events: unknown[] = [];
  await core.router.stream(op, input, (event) => events.push(event), new AbortController().signal);
  return events;
};
const file = (name: string, text = 'hi') => ({ name, contentBase64: Buffer.from(text).toString('base64') });
const badNames = ['..', '.', 'a/b', '../escape', 'x\0y'];

/** Every entry under a folder of this computer, with kind and contents or link target: what "untouched" means. */
function hostFingerprint(root: string): string {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const info = fs.lstatSync(full);
      const rel = path.relative(root, full);
      if (info.isSymbolicLink()) lines.push(`${rel} -> ${fs.readlinkSync(full)}`);
      else if (info.isDirectory()) {
        lines.push(`${rel}/`);
        walk(full);
      } else lines.push(`${rel} = ${fs.readFileSync(full, 'utf8')}`);
    }
  };
  walk(root);
  return lines.join('\n');
}

before(async () => {
  core = await startCore();
});
after(async () => {
  core.dispose();
  await removeContainersNamed(prefix);
  await removeVolumesNamed(prefix);
});

describe('uploads into a container’s filesystem stay inside the folder they name', () => {
  let id: string;
  /** Every file under /data with its contents. */
  const dataFolder = () => docker('exec', id, 'sh', '-c', 'cd /data && find . | sort | while read f; do if [ -f "$f" ]; then echo "$f=$(cat "$f")"; else echo "$f/"; fi; done');

  before(async () => {
    id = await docker('run', '-d', '--name', `${prefix}-fs`, testEnv().image, 'sleep', '3600');
    await docker('exec', id, 'sh', '-c', 'mkdir -p /data/sub && echo keep > /data/keep.txt && echo inner > /data/sub/inner.txt');
  });

  for (const name of badNames) {
    test(`an upload named ${JSON.stringify(name)} into /data/sub is refused and /data stays as it was (".." used to replace /data)`, async () => {
      const before = await dataFolder();
      await assert.rejects(call('containers.files.upload', { id, folder: '/data/sub', files: [file('ok.txt'), file(name)] }), {
        code: 'INVALID_INPUT',
        message: /file name|NUL/,
      });
      assert.equal(await dataFolder(), before, 'nothing was written, not even the good file beside the bad one');
    });
  }

  test('a folder with a "." or ".." part is refused rather than resolved', async () => {
    const before = await dataFolder();
    for (const folder of ['/data/sub/..', '/data/./sub', '/data/sub/../..']) {
      await assert.rejects(call('containers.files.upload', { id, folder, files: [file('x.txt')] }), { code: 'INVALID_INPUT', message: /cannot have a "\.{1,2}" part/ });
    }
    await assert.rejects(call('containers.files.list', { id, path: '/data/sub/..' }), { code: 'INVALID_INPUT' });
    await assert.rejects(stream('containers.files.download', { id, path: '/data/../etc/passwd' }), { code: 'INVALID_INPUT' });
    assert.equal(await dataFolder(), before);
  });

  test('a good upload still lands exactly in the folder it names', async () => {
    await call('containers.files.upload', { id, folder: '/data/sub', files: [file('new.txt', 'fresh'), file('..hidden', 'dots in a name are fine')] });
    assert.equal(await docker('exec', id, 'cat', '/data/sub/new.txt', '/data/sub/..hidden'), 'freshdots in a name are fine');
    assert.equal(await docker('exec', id, 'cat', '/data/keep.txt'), 'keep');
  });
});

describe('uploads into a volume stay inside the folder they name; other volumes are never reached', () => {
  const volume = `${prefix}-vol`;
  const other = `${prefix}-other`;

  before(async () => {
    await docker('volume', 'create', volume);
    await docker('volume', 'create', other);
    await inVolume(volume, 'mkdir -p /data/sub && echo keep > /data/keep.txt && echo inner > /data/sub/inner.txt && ln -s / /data/escape');
    await inVolume(other, 'echo other > /data/other.txt');
  });

  for (const name of badNames) {
    test(`an upload named ${JSON.stringify(name)} into /sub is refused and the volume stays as it was (".." used to wipe it)`, async () => {
      const before = await volumeFingerprint(volume);
      await assert.rejects(call('volumes.files.upload', { name: volume, folder: '/sub', files: [file(name)] }), { code: 'INVALID_INPUT', message: /file name|NUL/ });
      assert.equal(await volumeFingerprint(volume), before);
    });
  }

  test('paths with "." or ".." parts are refused for list, download and upload', async () => {
    const before = await volumeFingerprint(volume);
    await assert.rejects(call('volumes.files.upload', { name: volume, folder: '/sub/..', files: [file('x')] }), { code: 'INVALID_INPUT' });
    await assert.rejects(call('volumes.files.list', { name: volume, path: '/..' }), { code: 'INVALID_INPUT' });
    await assert.rejects(stream('volumes.files.download', { name: volume, path: '/../other' }), { code: 'INVALID_INPUT' });
    assert.equal(await volumeFingerprint(volume), before);
  });

  test('a link inside the volume that points out of it leads nowhere but the throwaway helper: no other volume changes', async () => {
    const before = await volumeFingerprint(other);
    await call('volumes.files.upload', { name: volume, folder: '/escape', files: [file('planted.txt')] }).catch(() => undefined);
    const listed = (await call('volumes.files.list', { name: volume, path: '/' })).entries.map((e) => e.name).sort();
    if (onPodman()) {
      // Podman resolves a link inside the mount it writes to: `escape` → `/` is the volume's own root, so the
      // file lands there, in the volume the user named (dockerd resolves it in the helper's filesystem).
      assert.deepEqual(listed, ['escape', 'keep.txt', 'planted.txt', 'sub'], 'the file stayed inside the volume');
    } else assert.deepEqual(listed, ['escape', 'keep.txt', 'sub'], 'nothing was planted in the volume');
    assert.equal(await volumeFingerprint(other), before);
  });
});

describe('a host folder bind-mounted into a container: nothing outside it is reachable through links', () => {
  let host: string;
  let mounted: string;
  let outside: string;
  let id: string;

  before(async () => {
    host = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-paths-host-'));
    mounted = path.join(host, 'mounted');
    outside = path.join(host, 'outside');
    fs.mkdirSync(path.join(mounted, 'sub'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'canary.txt'), 'untouched');
    fs.writeFileSync(path.join(mounted, 'keep.txt'), 'keep');
    // Links as a hostile container (or user) could leave them: relative and absolute, to a folder and a file.
    fs.symlinkSync('../outside', path.join(mounted, 'up'));
    fs.symlinkSync(outside, path.join(mounted, 'abs'));
    fs.symlinkSync(path.join(outside, 'canary.txt'), path.join(mounted, 'canary-link'));
    id = await docker('run', '-d', '--name', `${prefix}-bind`, '-v', `${mounted}:/mnt/host`, testEnv().image, 'sleep', '3600');
  });
  after(() => {
    fs.rmSync(host, { recursive: true, force: true });
  });

  test('uploads refuse "..", and through links they never write outside the mounted folder', async () => {
    const before = hostFingerprint(outside);
    await assert.rejects(call('containers.files.upload', { id, folder: '/mnt/host/sub', files: [file('..')] }), { code: 'INVALID_INPUT' });
    for (const folder of ['/mnt/host/up', '/mnt/host/abs']) {
      await call('containers.files.upload', { id, folder, files: [file('planted.txt')] }).catch(() => undefined);
    }
    // A file uploaded over a link replaces the link; it never writes through it.
    await call('containers.files.upload', { id, folder: '/mnt/host', files: [file('canary-link', 'overwritten')] });
    assert.equal(hostFingerprint(outside), before, 'the folder beside the mounted one is as it was');
    assert.equal(fs.readFileSync(path.join(outside, 'canary.txt'), 'utf8'), 'untouched');
    assert.equal(fs.lstatSync(path.join(mounted, 'canary-link')).isFile(), true, 'the link itself was replaced');
    assert.equal(fs.readFileSync(path.join(mounted, 'keep.txt'), 'utf8'), 'keep');
  });

  test('downloads and listings through links do not read the host outside the mount', async () => {
    for (const at of ['/mnt/host/up/canary.txt', '/mnt/host/abs/canary.txt']) {
      const events = (await stream('containers.files.download', { id, path: at }).catch(() => [])) as { chunkBase64?: string }[];
      const bytes = Buffer.concat(events.map((e) => Buffer.from(e.chunkBase64 ?? '', 'base64'))).toString();
      assert.ok(!bytes.includes('untouched'), `${at} did not yield the host’s file`);
    }
    const listed = await call('containers.files.list', { id, path: '/mnt/host/abs' }).catch(() => ({ entries: [] }));
    assert.ok(!listed.entries.some((e) => e.name === 'canary.txt'), 'the host folder the link names is not listed');
  });
});

describe('export and import touch only the file and the volume they name', () => {
  const volume = `${prefix}-xfer`;
  const neighbour = `${prefix}-neighbour`;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-paths-xfer-'));
    await docker('volume', 'create', volume);
    await docker('volume', 'create', neighbour);
    await inVolume(volume, 'echo data > /data/data.txt');
    await inVolume(neighbour, 'echo neighbour > /data/n.txt');
    fs.mkdirSync(path.join(dir, 'outside'));
    fs.writeFileSync(path.join(dir, 'outside', 'canary.txt'), 'untouched');
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('host files with "." or ".." parts are refused by export, import, save and load', async () => {
    const before = hostFingerprint(dir);
    const sneaky = `${dir}/x/../outside/canary.txt`;
    await assert.rejects(stream('volumes.export', { name: volume, file: sneaky, overwrite: true }), { code: 'INVALID_INPUT', message: /cannot have a "\.\." part/ });
    await assert.rejects(stream('volumes.import', { name: volume, file: sneaky }), { code: 'INVALID_INPUT' });
    await assert.rejects(stream('images.save', { images: [testEnv().image], path: sneaky }), { code: 'INVALID_INPUT' });
    await assert.rejects(stream('images.load', { path: `${dir}/./outside/canary.txt` }), { code: 'INVALID_INPUT' });
    assert.equal(hostFingerprint(dir), before);
  });

  test('exporting over a link replaces the link, never the file it points to', async () => {
    const link = path.join(dir, 'export.tar');
    fs.symlinkSync(path.join(dir, 'outside', 'canary.txt'), link);
    await assert.rejects(stream('volumes.export', { name: volume, file: link }), { code: 'CONFLICT' });
    await stream('volumes.export', { name: volume, file: link, overwrite: true });
    assert.equal(fs.readFileSync(path.join(dir, 'outside', 'canary.txt'), 'utf8'), 'untouched');
    assert.equal(fs.lstatSync(link).isFile(), true);
  });

  test('a hostile archive (.. entries, absolute names, a link then a write through it) stays inside the volume it is imported into', async () => {
    const craft = path.join(dir, 'craft');
    fs.mkdirSync(path.join(craft, 'a'), { recursive: true });
    fs.writeFileSync(path.join(craft, 'a', 'evil.txt'), 'evil');
    fs.symlinkSync('/', path.join(craft, 'root-link'));
    const archive = path.join(dir, 'hostile.tar');
    // GNU tar with -P keeps "../" and absolute names as written; the link is followed by a file "through" it.
    execFileSync('tar', ['-c', '-P', '-f', archive, '-C', craft, '--transform', 's,^a/evil.txt,../../evil.txt,', 'a/evil.txt', 'root-link']);
    execFileSync('tar', ['-r', '-P', '-f', archive, '-C', craft, '--transform', 's,^a/evil.txt,/abs-evil.txt,', 'a/evil.txt']);
    execFileSync('tar', ['-r', '-P', '-f', archive, '-C', craft, '--transform', 's,^a/evil.txt,root-link/tmp/through-link.txt,', 'a/evil.txt']);
    const neighbourBefore = await volumeFingerprint(neighbour);
    const hostBefore = hostFingerprint(path.join(dir, 'outside'));
    await stream('volumes.import', { name: `${prefix}-hostile`, file: archive }).catch(() => undefined);
    assert.equal(await volumeFingerprint(neighbour), neighbourBefore, 'the neighbour volume is as it was');
    assert.equal(hostFingerprint(path.join(dir, 'outside')), hostBefore);
    for (const leaked of ['/evil.txt', '/abs-evil.txt', '/tmp/through-link.txt', path.join(dir, 'evil.txt')]) {
      assert.equal(fs.existsSync(leaked), false, `${leaked} was not written on this computer`);
    }
  });
});
