import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { TransferEvent } from '../../shared/contract/images.js';
import { docker, onPodman, testEnv, uniqueName } from '../support/env.js';
import { makeFolder, noAuth, removeImages, startImages, type ImageTester } from '../support/images.js';

const prefix = uniqueName('registry');
const label = { 'dev.berth.test': prefix };
let images: ImageTester;
let anonymous: ImageTester;
const folders: { dispose(): void }[] = [];
/** The repository in the test registry, unique to this run. */
let repo: string;

type Progress = Extract<TransferEvent, { kind: 'progress' }>;
const progressOf = (events: TransferEvent[]) => events.filter((e): e is Progress => e.kind === 'progress');
const doneOf = (events: TransferEvent[]) => {
  const done = events.at(-1);
  assert.ok(done?.kind === 'done', 'the stream ends with its result');
  return done;
};

/** An image with a layer of its own (random bytes), so that pushes and pulls really move it. */
async function buildUnique(tag: string, bytes: number): Promise<string> {
  const folder = makeFolder({ Dockerfile: `FROM ${testEnv().image}\nCOPY blob /blob\n`, blob: randomBytes(bytes) });
  folders.push(folder);
  const events = await images.stream('images.build', { context: folder.dir, tags: [tag], labels: label });
  const done = events.at(-1);
  assert.ok(done?.kind === 'done');
  return done.imageId;
}

describe('push and pull through the test registry', () => {
  before(async () => {
    images = await startImages();
    anonymous = await startImages(noAuth);
    repo = `${testEnv().registry}/berth-test/${prefix.replace(/^berth-test-/, '')}`;
  });
  after(async () => {
    images.dispose();
    anonymous.dispose();
    const labelled = await docker('images', '-q', '--no-trunc', '--filter', `label=dev.berth.test=${prefix}`);
    const tagged = await docker('images', '-q', '--no-trunc', '--filter', `reference=${repo}`);
    await removeImages(...new Set([...labelled.split('\n'), ...tagged.split('\n')].filter(Boolean)));
    for (const folder of folders) folder.dispose();
  });

  test('tag, push with per-layer progress, remove locally, pull back: same digest, same image', async () => {
    const imageId = await buildUnique(`berth-test/${prefix}:src`, 300_000);
    const target = `${repo}:1`;
    assert.deepEqual(await images.call('images.tag', { source: `berth-test/${prefix}:src`, target }), { ok: true, target });

    const pushed = await images.stream('images.push', { reference: target });
    const push = doneOf(pushed);
    assert.match(push.digest ?? '', /^sha256:[a-f0-9]{64}$/);
    assert.equal(push.imageId, imageId);
    assert.equal(push.reference, target);
    if (onPodman()) {
      // Podman's push names the tag in its first line and reports no bytes per layer, only the digest at the end.
      assert.ok(pushed.some((e) => e.kind === 'status' && e.text === `The push refers to repository [${target}]`));
    } else {
      assert.ok(pushed.some((e) => e.kind === 'status' && e.text === `The push refers to repository [${repo}]`));
      const lastPush = progressOf(pushed).at(-1);
      assert.equal(lastPush?.fraction, 1);
      assert.equal(lastPush?.layers.length, 3, 'the fixture’s two layers and ours');
      assert.ok(lastPush?.layers.every((layer) => layer.phase === 'complete' || layer.phase === 'exists'));
      const ours = lastPush?.layers.find((layer) => layer.phase === 'complete' && layer.currentBytes >= 300_000);
      assert.ok(ours, 'our layer was uploaded, its bytes counted');
    }

    // The registry has it now: the CLI's own manifest check (with the same login) agrees on the digest.
    const removed = await images.call('images.remove', { image: target });
    assert.deepEqual(removed, { untagged: [target, `${repo}@${push.digest}`], deleted: [] }, 'another tag remains: only untagged');

    await images.call('images.remove', { image: `berth-test/${prefix}:src` });
    await assert.rejects(docker('image', 'inspect', imageId), /No such image/, 'gone locally');

    const pulled = await images.stream('images.pull', { reference: target });
    const pull = doneOf(pulled);
    assert.equal(pull.digest, push.digest);
    assert.equal(pull.imageId, imageId, 'the same image id: the same config, content-addressed');
    assert.equal(pull.reference, target);
    const progress = progressOf(pulled);
    const last = progress.at(-1);
    assert.equal(last?.fraction, 1);
    assert.ok(last?.layers.filter((layer) => layer.phase === 'exists').length === 2, 'the fixture’s layers were already here');
    if (!onPodman()) {
      // Podman says "Pulling fs layer" and "Download complete" per layer, with no bytes and no digest line; the
      // digest Berth reports is the registry's own (asked of it after the pull).
      const downloaded = last?.layers.find((layer) => layer.phase === 'complete');
      assert.ok(downloaded && downloaded.totalBytes && downloaded.currentBytes === downloaded.totalBytes, 'our layer was downloaded in full');
      assert.ok(last && last.bytesDone === downloaded.totalBytes && last.bytesTotal === downloaded.totalBytes);
      assert.ok(progress.some((p) => p.layers.some((layer) => layer.phase === 'downloading' || layer.phase === 'extracting')), 'progress was reported on the way');
      assert.ok(pulled.some((e) => e.kind === 'status' && e.text === `Digest: ${push.digest}`));
    }
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', target), imageId);

    // By digest too, and then `docker images` shows the digest on the row.
    const byDigest = doneOf(await images.stream('images.pull', { reference: `${repo}@${push.digest}` }));
    assert.equal(byDigest.imageId, imageId);
    const rows = await images.call('images.list', { ids: [imageId] });
    assert.deepEqual(rows.map((row) => [row.repository, row.tag, row.digest]), [[repo, '1', push.digest]]);
  });

  test('push and pull without credentials, or with wrong ones: UNAUTHORIZED naming the registry', async () => {
    const target = `${repo}:unauth`;
    await buildUnique(target, 1000);
    await assert.rejects(anonymous.stream('images.push', { reference: target }), (error: Error & { code?: string; details?: unknown }) => {
      assert.equal(error.code, 'UNAUTHORIZED');
      // The registry's refusal in the engine's words: Docker's, or Podman's (which name the blob it was checking).
      const reason = onPodman() ? '.*unauthorized: authentication required' : 'no basic auth credentials';
      assert.match(error.message, new RegExp(`^Pushing ${target}: ${testEnv().registry} refused: ${reason}\\. Log in to ${testEnv().registry}`));
      assert.deepEqual(error.details, { registry: testEnv().registry });
      return true;
    });
    const wrong = await startImages(async (registry) => ({ username: testEnv().registryUser, password: 'not-the-password', serveraddress: registry }));
    try {
      await assert.rejects(wrong.stream('images.push', { reference: target }), { code: 'UNAUTHORIZED', message: /authentication required|unauthorized/ });
      await assert.rejects(wrong.stream('images.pull', { reference: `${repo}:1` }), { code: 'UNAUTHORIZED' });
    } finally {
      wrong.dispose();
    }
    // The pull's refusal comes as the request's own failure (HTTP 500), not inside the stream: the same code.
    await assert.rejects(anonymous.stream('images.pull', { reference: `${repo}:1` }), { code: 'UNAUTHORIZED', message: /no basic auth credentials|authentication required/ });
  });

  test('what is not there: a tag the registry lacks, a local image that does not exist', async () => {
    await assert.rejects(images.stream('images.pull', { reference: `${repo}:no-such-tag` }), { code: 'NOT_FOUND', message: /manifest unknown/ });
    await assert.rejects(images.stream('images.push', { reference: `${repo}:never-built` }), {
      code: 'NOT_FOUND',
      message: `There is no local image ${repo}:never-built to push: tag an image with that name first.`,
    });
  });

  test('bad references are refused before anything is sent, with the parser’s words', async () => {
    await assert.rejects(images.stream('images.pull', { reference: `${testEnv().registry}/Team/App` }), {
      code: 'INVALID_INPUT',
      message: 'Invalid input for "images.pull": reference: uppercase letters are not allowed in a repository name: "Team/App"',
    });
    await assert.rejects(images.stream('images.pull', { reference: 'app:' }), { code: 'INVALID_INPUT', message: /a tag cannot be empty/ });
    await assert.rejects(images.stream('images.pull', { reference: `app:${'x'.repeat(129)}` }), { code: 'INVALID_INPUT', message: /a tag can be at most 128 characters/ });
    await assert.rejects(images.stream('images.push', { reference: `${repo}@sha256:${'a'.repeat(64)}` }), { code: 'INVALID_INPUT', message: /has a digest/ });
    await assert.rejects(images.call('images.tag', { source: 'Nope', target: 'ok:1' }), { code: 'INVALID_INPUT', message: /source: uppercase letters/ });
  });

  test('a pull can be cancelled while it downloads: the stream ends quietly and no image is left', async () => {
    const target = `${repo}:big`;
    const imageId = await buildUnique(target, 40 * 1024 * 1024);
    doneOf(await images.stream('images.push', { reference: target }));
    await images.call('images.remove', { image: target });
    await assert.rejects(docker('image', 'inspect', imageId), /No such image/);

    const controller = new AbortController();
    const events = await images.stream(
      'images.pull',
      { reference: target },
      {
        signal: controller.signal,
        onEvent: (event) => {
          // Podman reports a layer as waiting, then downloaded: no phase in between to catch.
          const underWay = onPodman() ? ['waiting', 'downloading'] : ['downloading'];
          if (event.kind === 'progress' && event.layers.some((layer) => underWay.includes(layer.phase))) controller.abort();
        },
      },
    );
    assert.ok(controller.signal.aborted, 'the download was seen under way');
    assert.ok(!events.some((event) => event.kind === 'done'), 'no result after a cancel');
    if (onPodman()) {
      // Podman may finish a pull its client left (the engine page says so): Berth stops following it, and
      // whether the image arrives is the engine's doing. Whatever it made goes.
      await docker('rmi', '-f', target).catch(() => '');
      return;
    }
    await assert.rejects(docker('image', 'inspect', target), /No such image/, 'the engine stopped the pull');
    await assert.rejects(docker('image', 'inspect', imageId), /No such image/);
  });
});
