import assert from 'node:assert/strict';
import Docker from 'dockerode';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { docker, onPodman, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { makeFolder, removeImages, startImages, type ImageTester } from '../support/images.js';

const prefix = uniqueName('images');
const label = { 'dev.berth.test': prefix };
const repo = `berth-test/${prefix}`;
let images: ImageTester;
const folders: { dispose(): void }[] = [];

/** An image of its own (a layer of random bytes), tagged with `tag` if given; resolves with its id. */
async function buildUnique(tag: string | null, bytes = 1000): Promise<string> {
  const folder = makeFolder({ Dockerfile: `FROM ${testEnv().image}\nCOPY blob /blob\n`, blob: randomBytes(bytes) });
  folders.push(folder);
  const events = await images.stream('images.build', { context: folder.dir, tags: tag ? [tag] : [], labels: label });
  const done = events.at(-1);
  assert.ok(done?.kind === 'done');
  return done.imageId;
}

describe('images: list, tag, remove, prune and disk usage against the real engine', () => {
  before(async () => {
    images = await startImages();
  });
  after(async () => {
    images.dispose();
    await removeContainersNamed(prefix);
    const labelled = await docker('images', '-q', '--no-trunc', '--filter', `label=dev.berth.test=${prefix}`);
    await removeImages(...new Set(labelled.split('\n').filter(Boolean)));
    for (const folder of folders) folder.dispose();
  });

  test('list: a row per tag with the containers using the image; a dangling image is one <none> row', async () => {
    const id = await buildUnique(`${repo}:a`);
    await images.call('images.tag', { source: `${repo}:a`, target: `${repo}:b` });
    await docker('create', '--name', `${prefix}-user`, `${repo}:a`, 'true');
    const rows = await images.call('images.list', { ids: [id] });
    assert.deepEqual(
      rows.map((row) => [row.repository, row.tag, row.id, row.dangling, row.containers]),
      [
        [repo, 'a', id, false, [`${prefix}-user`]],
        [repo, 'b', id, false, [`${prefix}-user`]],
      ],
    );
    const row = rows[0]!;
    assert.equal(row.sizeBytes, Number(await docker('image', 'inspect', '--format', '{{.Size}}', id)));
    assert.equal(row.created, Math.floor(Date.parse(await docker('image', 'inspect', '--format', '{{.Created}}', id)) / 1000));
    assert.equal(row.labels['dev.berth.test'], prefix);
    assert.equal(row.digest, null, 'never pushed or pulled');

    // Building another image under the same tag leaves the first one without it.
    const first = await buildUnique(`${repo}:moved`);
    await buildUnique(`${repo}:moved`);
    const [dangling] = await images.call('images.list', { ids: [first] });
    assert.deepEqual([dangling?.repository, dangling?.tag, dangling?.dangling], ['<none>', '<none>', true]);

    // The whole list has them too, each tag once, and agrees with the CLI on what there is.
    const all = await images.call('images.list', {});
    const cli = (await docker('images', '--no-trunc', '--format', '{{.Repository}}:{{.Tag}} {{.ID}}')).split('\n');
    const ours = all.filter((r) => r.repository === repo || r.id === first).map((r) => `${r.repository}:${r.tag} ${r.id}`).sort();
    assert.deepEqual(ours, cli.filter((line) => line.startsWith(`${repo}:`) || line.endsWith(first)).sort());
    assert.deepEqual(await images.call('images.list', { ids: [] }), []);
  });

  test('tag adds a tag, or moves one from another image; bad targets and unknown sources are refused', async () => {
    const one = await buildUnique(`${repo}:one`);
    const two = await buildUnique(`${repo}:two`);
    assert.deepEqual(await images.call('images.tag', { source: one.slice(7, 19), target: `${repo}:shared` }), { ok: true, target: `${repo}:shared` });
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', `${repo}:shared`), one, 'by short id');
    await images.call('images.tag', { source: `${repo}:two`, target: `${repo}:shared` });
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', `${repo}:shared`), two, 'the tag moved');
    assert.deepEqual(
      (await images.call('images.list', { ids: [one] })).map((row) => row.tag),
      ['one'],
      'the first image keeps its own tag',
    );
    assert.deepEqual(await images.call('images.tag', { source: two, target: repo }), { ok: true, target: `${repo}:latest` }, 'latest by default');
    await assert.rejects(images.call('images.tag', { source: two, target: `${repo}:Bad Tag` }), { code: 'INVALID_INPUT', message: /target: an image reference cannot contain spaces/ });
    await assert.rejects(images.call('images.tag', { source: `${repo}:no-such`, target: `${repo}:x` }), { code: 'NOT_FOUND' });
  });

  test('remove has docker rmi semantics: untag while other tags remain, delete with the last', async () => {
    const id = await buildUnique(`${repo}:r1`);
    await images.call('images.tag', { source: id, target: `${repo}:r2` });
    assert.deepEqual(await images.call('images.remove', { image: `${repo}:r1` }), { untagged: [`${repo}:r1`], deleted: [] });
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', id), id, 'still there under r2');
    const last = await images.call('images.remove', { image: `${repo}:r2` });
    assert.deepEqual(last.untagged, [`${repo}:r2`]);
    assert.equal(last.deleted[0], id, 'the image itself goes with its last tag');
    await assert.rejects(docker('image', 'inspect', id), /No such image/);
    await assert.rejects(images.call('images.remove', { image: `${repo}:r2` }), { code: 'NOT_FOUND' });
  });

  test('remove by id with several tags, or of an image a container uses: CONFLICT that says why; force', async () => {
    const id = await buildUnique(`${repo}:c1`);
    await images.call('images.tag', { source: id, target: `${repo}:c2` });
    await assert.rejects(images.call('images.remove', { image: id }), (error: Error & { code?: string; details?: { tags?: string[]; reason?: string } }) => {
      assert.equal(error.code, 'CONFLICT');
      assert.equal(error.message, `${id} has several tags (${repo}:c1, ${repo}:c2): remove a tag by name to untag it, or force to remove the image with all its tags.`);
      assert.equal(error.details?.reason, 'several-tags');
      return true;
    });
    await images.call('images.remove', { image: `${repo}:c2` });

    const user = `${prefix}-stopped-user`;
    await docker('create', '--name', user, `${repo}:c1`, 'true');
    await assert.rejects(images.call('images.remove', { image: `${repo}:c1` }), (error: Error & { code?: string; details?: { containers?: string[] } }) => {
      assert.equal(error.code, 'CONFLICT');
      assert.equal(error.message, `${repo}:c1 is used by container ${user}: remove it first, or force.`);
      assert.deepEqual(error.details?.containers, [user]);
      return true;
    });

    const runner = `${prefix}-running-user`;
    await docker('run', '-d', '--network', 'none', '--name', runner, `${repo}:c1`, 'sleep', '600');
    await assert.rejects(images.call('images.remove', { image: id }), (error: Error & { code?: string; details?: { containers?: string[] } }) => {
      assert.equal(error.code, 'CONFLICT');
      assert.match(error.message, new RegExp(`is used by containers ${runner}, ${user}: stop and remove it first`));
      assert.deepEqual(error.details?.containers, [runner, user]);
      return true;
    });
    // Forcing a tag away from an image that a running container uses only untags it, as docker does.
    assert.deepEqual(await images.call('images.remove', { image: `${repo}:c1`, force: true }), { untagged: [`${repo}:c1`], deleted: [] });
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', id), id);
    await docker('rm', '-f', runner, user);
    assert.equal((await images.call('images.remove', { image: id })).deleted[0], id);
  });

  test('inspect and history of an unknown image: NOT_FOUND; of a bad reference: INVALID_INPUT', async () => {
    await assert.rejects(images.call('images.inspect', { image: `${repo}:nothing` }), { code: 'NOT_FOUND' });
    await assert.rejects(images.call('images.history', { image: `${repo}:nothing` }), { code: 'NOT_FOUND' });
    await assert.rejects(images.call('images.inspect', { image: 'UPPER/case' }), { code: 'INVALID_INPUT', message: /uppercase letters are not allowed/ });
  });

  test('prune in two steps: the preview lists dangling images and the space; then exactly the ids given go', async () => {
    const size = 200_000;
    const danglingId = await buildUnique(null, size);
    const kept = await buildUnique(null, 5000);
    const used = await buildUnique(null, 5000);
    await docker('create', '--name', `${prefix}-prune-user`, used, 'true');

    const preview = await images.call('images.prune', { dryRun: true });
    const previewed = preview.images.map((image) => image.id);
    assert.ok(previewed.includes(danglingId) && previewed.includes(kept));
    assert.ok(!previewed.includes(used), 'an image a container uses is not dangling-prunable');
    assert.ok(!previewed.includes((await docker('image', 'inspect', '--format', '{{.Id}}', testEnv().image))), 'tagged images stay');
    assert.ok(preview.spaceReclaimedBytes >= size + 5000);
    const row = preview.images.find((image) => image.id === danglingId);
    assert.deepEqual(row?.tags, []);
    assert.ok((row?.sizeBytes ?? 0) > size);

    const result = await images.call('images.prune', { ids: [danglingId] });
    assert.deepEqual(result.images.map((image) => image.id), [danglingId]);
    if (onPodman()) {
      // Podman measures a layer as stored (the file and the folder entries around it), Docker the file alone.
      assert.ok(result.spaceReclaimedBytes >= size && result.spaceReclaimedBytes < size + 4096, `its own layer, ${result.spaceReclaimedBytes} B`);
    } else assert.equal(result.spaceReclaimedBytes, size, 'its own layer and nothing of the base it shares');
    await assert.rejects(docker('image', 'inspect', danglingId), /No such image/);
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', kept), kept, 'not in the ids: kept');

    // What starts being used after the preview is left alone.
    await docker('create', '--name', `${prefix}-late-user`, kept, 'true');
    assert.deepEqual(await images.call('images.prune', { ids: [kept, used] }), { images: [], spaceReclaimedBytes: 0 });
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', kept), kept);
    await assert.rejects(images.call('images.prune', {}), { code: 'INVALID_INPUT', message: /give the ids from the preview, or dryRun: true/ });
  });

  test('prune with all: unused tagged images too, removed tag by tag; two images sharing a layer free it once', async () => {
    const shared = makeFolder({ Dockerfile: `FROM ${testEnv().image}\nCOPY blob /blob\n`, blob: randomBytes(100_000) });
    folders.push(shared);
    const base = await images.stream('images.build', { context: shared.dir, tags: [`${repo}:base`], labels: label });
    assert.ok(base.at(-1)?.kind === 'done');
    const childFolder = makeFolder({ Dockerfile: `FROM ${repo}:base\nRUN head -c 50000 /dev/urandom > /more\n` });
    folders.push(childFolder);
    const child = await images.stream('images.build', { context: childFolder.dir, tags: [`${repo}:child`, `${repo}:child2`], labels: label });
    const childDone = child.at(-1);
    const baseDone = base.at(-1);
    assert.ok(childDone?.kind === 'done' && baseDone?.kind === 'done');

    // The fixture is in use (by a container of this test's own), so `all` must leave it.
    await docker('create', '--name', `${prefix}-fixture-user`, testEnv().image, 'true');
    const preview = await images.call('images.prune', { dryRun: true, all: true });
    const ids = [baseDone.imageId, childDone.imageId];
    assert.ok(ids.every((id) => preview.images.some((image) => image.id === id)));
    assert.ok(!preview.images.some((image) => image.tags.includes(testEnv().image)), 'the fixture is used by a container');

    const result = await images.call('images.prune', { all: true, ids });
    assert.deepEqual(result.images.map((image) => image.id).sort(), [...ids].sort());
    assert.deepEqual(result.images.find((image) => image.id === childDone.imageId)?.tags.sort(), [`${repo}:child`, `${repo}:child2`]);
    // 100 000 bytes shared by both plus the child's 50 000 and its LABEL-only steps: counted once.
    if (onPodman()) {
      // Podman measures each layer as stored (the files and their folder entries), Docker the files alone.
      assert.ok(result.spaceReclaimedBytes >= 150_000 && result.spaceReclaimedBytes < 150_000 + 8192, `counted once: ${result.spaceReclaimedBytes} B`);
    } else assert.equal(result.spaceReclaimedBytes, 150_000);
    for (const id of ids) await assert.rejects(docker('image', 'inspect', id), /No such image/);
  });

  test('system.df: the numbers docker system df shows', async () => {
    const human = (bytes: number) => {
      const units = ['B', 'kB', 'MB', 'GB', 'TB'];
      let value = bytes;
      let unit = 0;
      while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
      }
      return `${Number(value.toPrecision(4))}${units[unit]}`;
    };
    const withPercent = (part: number, whole: number) => (whole > 0 ? `${human(part)} (${Math.floor((part * 100) / whole)}%)` : human(part));
    // Other tests share this engine: compare when two readings in a row agree (nothing changed in between).
    await waitFor(async () => {
      const before = await images.call('system.df', {});
      const cli = (await docker('system', 'df', '--format', '{{json .}}')).split('\n').map((line) => JSON.parse(line) as Record<string, string>);
      const after = await images.call('system.df', {});
      if (JSON.stringify(before) !== JSON.stringify(after)) return false;
      const row = (type: string) => cli.find((r) => r.Type === type)!;
      if (onPodman()) {
        // Podman's /system/df gives LayersSize 0, so its CLI row says 0 B: Berth counts the images' own sizes.
        const raw = (await new Docker({ socketPath: testEnv().socket }).df()) as { Images: { Size: number; Containers: number }[] };
        const sum = (list: { Size: number }[]) => list.reduce((total, image) => total + image.Size, 0);
        assert.deepEqual(
          [after.images.total, after.images.active, after.images.sizeBytes, after.images.reclaimableBytes],
          [raw.Images.length, raw.Images.filter((i) => i.Containers > 0).length, sum(raw.Images), sum(raw.Images.filter((i) => i.Containers === 0))],
        );
      } else {
        assert.deepEqual(
          [row('Images').TotalCount, row('Images').Active, row('Images').Size, row('Images').Reclaimable],
          [String(after.images.total), String(after.images.active), human(after.images.sizeBytes), withPercent(after.images.reclaimableBytes, after.images.sizeBytes)],
        );
      }
      assert.deepEqual(
        [row('Containers').TotalCount, row('Containers').Active, row('Containers').Size, row('Containers').Reclaimable],
        [String(after.containers.total), String(after.containers.active), human(after.containers.sizeBytes), withPercent(after.containers.reclaimableBytes, after.containers.sizeBytes)],
      );
      assert.deepEqual(
        [row('Local Volumes').TotalCount, row('Local Volumes').Active, row('Local Volumes').Size, row('Local Volumes').Reclaimable],
        [String(after.volumes.total), String(after.volumes.active), human(after.volumes.sizeBytes), withPercent(after.volumes.reclaimableBytes, after.volumes.sizeBytes)],
      );
      assert.deepEqual([row('Build Cache').TotalCount, row('Build Cache').Size], [String(after.buildCache.total), human(after.buildCache.sizeBytes)]);
      const rows = [after.images, after.containers, after.volumes, after.buildCache];
      assert.equal(after.totalBytes, rows.reduce((sum, r) => sum + r.sizeBytes, 0));
      assert.equal(after.reclaimableBytes, rows.reduce((sum, r) => sum + r.reclaimableBytes, 0));
      assert.ok(after.images.total >= 1 && after.images.sizeBytes > 0);
      return true;
    }, 'Berth and the CLI to read the same engine state', 30000);
  });
});
