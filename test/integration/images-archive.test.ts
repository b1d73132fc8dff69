import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ArchiveEvent } from '../../shared/contract/images.js';
import { docker, testEnv, uniqueName } from '../support/env.js';
import { makeFolder, removeImages, startImages, type ImageTester } from '../support/images.js';
import { unpackAll } from '../support/tar.js';

const prefix = uniqueName('archive');
const label = { 'dev.berth.test': prefix };
const repo = `berth-test/${prefix}`;
let images: ImageTester;
const folders: { dir: string; dispose(): void }[] = [];

async function buildUnique(tag: string, bytes: number): Promise<string> {
  const folder = makeFolder({ Dockerfile: `FROM ${testEnv().image}\nCOPY blob /blob\nCMD ["sh"]\n`, blob: randomBytes(bytes) });
  folders.push(folder);
  const done = (await images.stream('images.build', { context: folder.dir, tags: [tag], labels: label })).at(-1);
  assert.ok(done?.kind === 'done');
  return done.imageId;
}

async function entriesOf(file: string): Promise<string[]> {
  return (await unpackAll(fs.readFileSync(file))).map((entry) => entry.name);
}

describe('images.save and images.load against the real engine', () => {
  let out: { dir: string; dispose(): void };

  before(async () => {
    images = await startImages();
    out = makeFolder({});
    folders.push(out);
  });
  after(async () => {
    images.dispose();
    const labelled = await docker('images', '-q', '--no-trunc', '--filter', `label=dev.berth.test=${prefix}`);
    await removeImages(...new Set(labelled.split('\n').filter(Boolean)));
    for (const folder of folders) folder.dispose();
  });

  test('save two images to a tar file with progress; remove them; load gives the same ids and names', async () => {
    const first = await buildUnique(`${repo}:one`, 2_000_000);
    const second = await buildUnique(`${repo}:two`, 1000);
    const file = path.join(out.dir, 'images.tar');
    fs.writeFileSync(file, 'an older file of that name is replaced, when allowed');

    const saved = await images.stream('images.save', { images: [`${repo}:one`, `${repo}:two`], path: file, overwrite: true });
    const done = saved.at(-1);
    assert.deepEqual(done, { kind: 'done', path: file, sizeBytes: fs.statSync(file).size, images: [`${repo}:one`, `${repo}:two`] });
    const progress = saved.filter((e): e is Extract<ArchiveEvent, { kind: 'progress' }> => e.kind === 'progress');
    assert.equal(progress.at(-1)?.bytes, fs.statSync(file).size, 'the last progress is the whole file');
    assert.ok(progress.every((p, i) => i === 0 || p.bytes >= progress[i - 1]!.bytes), 'progress only grows');
    assert.ok((progress.at(-1)?.totalBytes ?? 0) > 2_000_000, 'an estimate from the images’ sizes');
    const names = await entriesOf(file);
    assert.ok(names.includes('manifest.json') && names.includes('repositories'), 'docker save’s layout');
    assert.deepEqual(fs.readdirSync(out.dir), ['images.tar'], 'no partial file left beside it');

    await images.call('images.remove', { image: `${repo}:one` });
    await images.call('images.remove', { image: `${repo}:two` });
    await assert.rejects(docker('image', 'inspect', first), /No such image/);

    const loaded = await images.stream('images.load', { path: file });
    assert.deepEqual(loaded.at(-1), { kind: 'done', path: file, sizeBytes: fs.statSync(file).size, images: [`${repo}:one`, `${repo}:two`] });
    const loadProgress = loaded.filter((e) => e.kind === 'progress');
    assert.deepEqual(loadProgress.at(-1), { kind: 'progress', bytes: fs.statSync(file).size, totalBytes: fs.statSync(file).size });
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', `${repo}:one`), first);
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', `${repo}:two`), second);
  });

  test('an image saved by id loads back untagged, named by its id', async () => {
    const id = await buildUnique(`${repo}:by-id`, 1000);
    const file = path.join(out.dir, 'by-id.tar');
    await images.stream('images.save', { images: [id], path: file });
    await images.call('images.remove', { image: `${repo}:by-id` });
    const loaded = await images.stream('images.load', { path: file });
    assert.deepEqual((loaded.at(-1) as Extract<ArchiveEvent, { kind: 'done' }>).images, [`${id}`]);
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', id), id);
    await removeImages(id);
  });

  test('save checks the path: a missing folder, a folder as the file, a folder it cannot write, an unknown image', async () => {
    await buildUnique(`${repo}:check`, 1000);
    const missing = path.join(out.dir, 'no', 'such');
    await assert.rejects(images.stream('images.save', { images: [`${repo}:check`], path: path.join(missing, 'x.tar') }), {
      code: 'INVALID_INPUT',
      message: `The folder ${missing} does not exist.`,
    });
    await assert.rejects(images.stream('images.save', { images: [`${repo}:check`], path: out.dir }), {
      code: 'INVALID_INPUT',
      message: `${out.dir} is a folder: give the name of the tar file to write.`,
    });
    // sysfs refuses new files even to root: a folder nobody can write in.
    await assert.rejects(images.stream('images.save', { images: [`${repo}:check`], path: '/sys/berth-test.tar' }), {
      code: 'FORBIDDEN',
      message: /^Cannot write in \/sys: EACCES: permission denied/,
    });
    await assert.rejects(images.stream('images.save', { images: [`${repo}:nothing`], path: path.join(out.dir, 'x.tar') }), { code: 'NOT_FOUND' });
    await assert.rejects(images.stream('images.save', { images: [], path: path.join(out.dir, 'x.tar') }), { code: 'INVALID_INPUT', message: /name at least one image/ });
    await assert.rejects(images.stream('images.save', { images: [`${repo}:check`], path: 'relative.tar' }), { code: 'INVALID_INPUT', message: /an absolute path on this computer/ });
    assert.ok(!fs.readdirSync(out.dir).some((name) => name.includes('x.tar')), 'nothing written by the refused saves');
  });

  test('load checks the file: missing, a folder, not an image archive', async () => {
    const missing = path.join(out.dir, 'missing.tar');
    await assert.rejects(images.stream('images.load', { path: missing }), { code: 'NOT_FOUND', message: `There is no file at ${missing}.` });
    await assert.rejects(images.stream('images.load', { path: out.dir }), { code: 'INVALID_INPUT', message: `${out.dir} is not a file.` });
    const junk = path.join(out.dir, 'junk.tar');
    fs.writeFileSync(junk, randomBytes(5000));
    await assert.rejects(images.stream('images.load', { path: junk }), {
      code: 'INVALID_INPUT',
      message: new RegExp(`^${junk} is not an image archive \\(docker save output\\): .*invalid tar header`),
    });
  });

  test('save never replaces an existing file unasked: CONFLICT (details.exists) as volumes.export says it, then overwrite replaces it', async () => {
    await buildUnique(`${repo}:keep`, 1000);
    const file = path.join(out.dir, 'existing.tar');
    fs.writeFileSync(file, 'the user’s own file');
    await assert.rejects(images.stream('images.save', { images: [`${repo}:keep`], path: file }), (error: unknown) => {
      const failure = error as { code?: string; message?: string; details?: { exists?: boolean } };
      assert.equal(failure.code, 'CONFLICT');
      assert.equal(failure.details?.exists, true);
      assert.match(failure.message ?? '', /already exists: allow overwriting or choose another name/);
      return true;
    });
    assert.equal(fs.readFileSync(file, 'utf8'), 'the user’s own file', 'left as it was');
    const done = (await images.stream('images.save', { images: [`${repo}:keep`], path: file, overwrite: true })).at(-1);
    assert.ok(done?.kind === 'done');
    assert.ok((await entriesOf(file)).includes('manifest.json'), 'replaced by the saved images');
  });

  test('a save cancelled half way leaves no file behind', async () => {
    await buildUnique(`${repo}:big`, 30 * 1024 * 1024);
    const file = path.join(out.dir, 'cancelled.tar');
    const controller = new AbortController();
    const events = await images.stream(
      'images.save',
      { images: [`${repo}:big`], path: file },
      { signal: controller.signal, onEvent: (event) => event.kind === 'progress' && event.bytes > 0 && controller.abort() },
    );
    assert.ok(controller.signal.aborted);
    assert.ok(!events.some((event) => event.kind === 'done'));
    assert.ok(!fs.readdirSync(out.dir).some((name) => name.includes('cancelled.tar')), 'neither the file nor its partial');
  });
});
