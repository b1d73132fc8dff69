import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import os from 'node:os';
import { createCore, type Core } from '../../electron/core.js';
import type { LayerAnalysis, LayerFile } from '../../shared/contract/layers.js';
import { startCore } from '../support/core.js';
import { docker, onPodman, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { makeFolder } from '../support/images.js';

const run = promisify(execFile);
const prefix = uniqueName('layers');
const repo = `berth-test/${prefix}`;
const folders: { dir: string; dispose(): void }[] = [];
let core: Core;

/** One step adds, one overwrites (contents and mode), one deletes (a whiteout), one remakes a folder (opaque). */
const STEPS = [
  'RUN mkdir -p /app/d && head -c 300000 /dev/urandom > /app/big && echo one > /app/d/a && echo two > /app/d/b && echo keep > /app/keep',
  'RUN echo changed > /app/keep && chmod 600 /app/keep && head -c 1000 /dev/urandom > /app/big',
  'RUN rm /app/big',
  'RUN rm -rf /app/d && mkdir /app/d && echo new > /app/d/c',
];

async function build(tag: string, steps: string[]): Promise<string> {
  const folder = makeFolder({ Dockerfile: `FROM ${testEnv().image}\n${steps.join('\n')}\n` });
  folders.push(folder);
  await docker('build', '-q', '--label', `dev.berth.test=${prefix}`, '-t', tag, folder.dir);
  return docker('image', 'inspect', '--format', '{{.Id}}', tag);
}

async function analyze(image: string): Promise<{ analysis: LayerAnalysis; progress: number[] }> {
  const progress: number[] = [];
  let analysis: LayerAnalysis | null = null;
  await core.caller.stream('layers.analyze', { image }, (event) => (event.kind === 'done' ? (analysis = event.analysis) : progress.push(event.bytes)), new AbortController().signal);
  assert.ok(analysis, 'the stream ends with the analysis');
  return { analysis, progress };
}

interface Node {
  type: 'file' | 'directory' | 'symlink' | 'other';
  size: number;
  mode: number;
}

/**
 * The test's own reading of `docker save`: GNU tar unpacks the archive and each layer into folders, and the
 * layers are stacked here from what `lstat` finds — nothing of Berth's reader or model is used.
 */
async function independentLayers(image: string) {
  const root = makeFolder({});
  folders.push(root);
  await docker('save', '-o', path.join(root.dir, 'image.tar'), image);
  const outer = path.join(root.dir, 'outer');
  fs.mkdirSync(outer);
  await run('tar', ['-xf', path.join(root.dir, 'image.tar'), '-C', outer]);
  const manifest = JSON.parse(fs.readFileSync(path.join(outer, 'manifest.json'), 'utf8')) as { Layers: string[] }[];
  const stacked = new Map<string, Node>();
  const perLayer = manifest[0]!.Layers.map((member, index) => {
    const dir = path.join(root.dir, `layer${index}`);
    fs.mkdirSync(dir);
    return { member, dir };
  });
  const result = [];
  for (const { member, dir } of perLayer) {
    await run('tar', ['-xf', path.join(outer, member), '-C', dir]);
    const entries = new Map<string, Node>();
    const whiteouts: string[] = [];
    const opaque: string[] = [];
    const walk = (folder: string) => {
      for (const name of fs.readdirSync(path.join(dir, folder))) {
        const rel = folder ? `${folder}/${name}` : name;
        const stat = fs.lstatSync(path.join(dir, rel));
        if (name === '.wh..wh..opq') opaque.push(folder);
        else if (name.startsWith('.wh.')) whiteouts.push(folder ? `${folder}/${name.slice(4)}` : name.slice(4));
        else {
          const type = stat.isDirectory() ? 'directory' : stat.isSymbolicLink() ? 'symlink' : stat.isFile() ? 'file' : 'other';
          entries.set(rel, { type, size: type === 'file' ? stat.size : 0, mode: stat.mode & 0o7777 });
          if (stat.isDirectory()) walk(rel);
        }
      }
    };
    walk('');
    const added: string[] = [];
    const modified: string[] = [];
    const deleted: string[] = [];
    const under = (folder: string) => [...stacked.keys()].filter((p) => p.startsWith(`${folder}/`));
    for (const p of whiteouts) {
      deleted.push(p);
      for (const gone of [p, ...under(p)]) stacked.delete(gone);
    }
    for (const folder of opaque) {
      // What the layers below had in the folder is hidden; a path this layer writes again counts as modified.
      const below = under(folder);
      for (const gone of below) {
        if (entries.has(gone)) continue;
        if (!below.some((other) => gone.startsWith(`${other}/`))) deleted.push(gone);
        stacked.delete(gone);
      }
    }
    for (const [p, node] of entries) {
      if (!stacked.has(p)) added.push(p);
      else if (node.type !== 'directory' || opaque.includes(p)) modified.push(p);
      stacked.set(p, node);
    }
    const bytes = [...entries.values()].reduce((sum, node) => sum + node.size, 0);
    result.push({ entries, added: added.sort(), modified: modified.sort(), deleted: deleted.sort(), bytes, opaque: opaque.length > 0 });
  }
  return { layers: result, final: stacked };
}

/** Every path a layer changed, as the Layers view's "changes in this layer only" tree shows them, folder by folder. */
async function changesShown(image: string, layer: number): Promise<LayerFile[]> {
  const found: LayerFile[] = [];
  const visit = async (folder: string) => {
    const { entries } = await core.caller.call('layers.files', { image, layer, onlyChanges: true, path: folder });
    for (const entry of entries) {
      if (entry.change) found.push(entry);
      if (entry.type === 'directory' && entry.changedInside) await visit(entry.path);
    }
  };
  await visit('');
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

describe('layers.* against the real engine: each layer read from the image export', () => {
  let imageId: string;
  before(async () => {
    core = await startCore();
    imageId = await build(`${repo}:steps`, STEPS);
  });
  after(async () => {
    core?.dispose();
    await removeContainersNamed(prefix);
    const labelled = await docker('images', '-q', '--no-trunc', '--filter', `label=dev.berth.test=${prefix}`);
    for (const id of new Set(labelled.split('\n').filter(Boolean))) await docker('rmi', '-f', id).catch(() => undefined);
    for (const folder of folders) folder.dispose();
  });

  test('the four steps: what each adds, overwrites, deletes (whiteout) and hides (opaque), as docker save holds them', async () => {
    const { analysis, progress } = await analyze(`${repo}:steps`);
    const own = await independentLayers(`${repo}:steps`);
    assert.equal(analysis.imageId, imageId);
    assert.equal(analysis.layers.length, own.layers.length);
    assert.ok(progress.length >= 2 && progress.every((bytes, i) => i === 0 || bytes >= progress[i - 1]!), 'progress only grows');
    analysis.layers.forEach((layer, index) => {
      const mine = own.layers[index]!;
      assert.deepEqual(
        { added: layer.added, modified: layer.modified, deleted: layer.deleted, sizeBytes: layer.sizeBytes, opaque: layer.opaque },
        { added: mine.added.length, modified: mine.modified.length, deleted: mine.deleted.length, sizeBytes: mine.bytes, opaque: mine.opaque },
        `layer ${index} (${layer.instruction})`,
      );
    });
    assert.equal(analysis.files, own.final.size, 'the final tree’s paths');
    const top = analysis.layers.slice(-4).map((layer) => layer.instruction);
    assert.deepEqual(top, STEPS);

    // What each step did, in the tree view, path by path.
    const base = analysis.layers.length - 4;
    // Buildah (Podman's builder) records /run, where it mounts a RUN step's own files, in the step's layer.
    const buildahRun = (line: string) => onPodman() && line === 'modified run';
    const shown = async (layer: number) =>
      (await changesShown(`${repo}:steps`, layer)).map((file) => `${file.change} ${file.path}`).filter((line) => !buildahRun(line));
    assert.deepEqual(await shown(base), ['added app', 'added app/big', 'added app/d', 'added app/d/a', 'added app/d/b', 'added app/keep']);
    assert.deepEqual(await shown(base + 1), ['modified app', 'modified app/big', 'modified app/keep']);
    assert.deepEqual(await shown(base + 2), ['modified app', 'deleted app/big']);
    assert.deepEqual(await shown(base + 3), ['modified app', 'modified app/d', 'deleted app/d/a', 'deleted app/d/b', 'added app/d/c']);
    const keep = (await core.caller.call('layers.files', { image: imageId, layer: base + 1, onlyChanges: false, path: 'app' })).entries.find((entry) => entry.name === 'keep');
    assert.deepEqual([keep?.sizeBytes, keep?.mode], [8, 0o600], 'size and mode as the overwrite left them');
    for (const [p, node] of own.layers[base + 1]!.entries) {
      if (node.type === 'file') assert.ok((await core.caller.call('layers.search', { image: imageId, layer: base + 1, onlyChanges: true, text: p })).entries.some((entry) => entry.path === p && entry.sizeBytes === node.size));
    }
  });

  test('efficiency as dive counts it, from the test’s own reading; hints name the layers involved', async () => {
    const { analysis } = await analyze(`${repo}:steps`);
    const own = await independentLayers(`${repo}:steps`);
    // Every copy of each leaf path (a deletion is a copy of size 0); a path with more than one copy is waste.
    const copies = new Map<string, number[]>();
    const seenBelow = new Map<string, Node>();
    own.layers.forEach((layer) => {
      const folders = new Set([...layer.entries.keys()].flatMap((p) => p.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
      for (const [p, node] of layer.entries) if (!folders.has(p)) copies.set(p, [...(copies.get(p) ?? []), node.size]);
      for (const p of layer.deleted) {
        const leaves = [...seenBelow.keys()].filter((other) => (other === p || other.startsWith(`${p}/`)) && ![...seenBelow.keys()].some((x) => x.startsWith(`${other}/`)));
        for (const leaf of leaves) copies.set(leaf, [...(copies.get(leaf) ?? []), 0]);
      }
      for (const p of layer.deleted) for (const gone of [...seenBelow.keys()]) if (gone === p || gone.startsWith(`${p}/`)) seenBelow.delete(gone);
      for (const [p, node] of layer.entries) seenBelow.set(p, node);
    });
    let wasted = 0;
    let minimum = 0;
    let cumulative = 0;
    for (const sizes of copies.values()) {
      const sum = sizes.reduce((a, b) => a + b, 0);
      cumulative += sum;
      minimum += Math.min(...sizes);
      if (sizes.length > 1) wasted += sum;
    }
    assert.equal(analysis.efficiency.wastedBytes, wasted);
    assert.equal(analysis.efficiency.wastedBytes, 300_000 + 1000 + 5 + 8 + 4 + 4);
    assert.ok(Math.abs(analysis.efficiency.score - minimum / cumulative) < 1e-12);
    assert.equal(analysis.efficiency.topWasted[0]?.path, 'app/big');
    const base = analysis.layers.length - 4;
    assert.deepEqual(analysis.efficiency.topWasted[0]?.occurrences.map((o) => [o.layer - base, o.sizeBytes, o.change]), [
      [0, 300_000, 'added'],
      [1, 1000, 'modified'],
      [2, 0, 'deleted'],
    ]);
    assert.deepEqual(analysis.hints[0], { kind: 'overwritten', firstIn: base, againIn: base + 1, files: 2, bytes: 300_005, example: 'app/big' });
    assert.ok(analysis.hints.some((hint) => hint.kind === 'deleted-later' && hint.addedIn === base + 1 && hint.deletedIn === base + 2 && hint.bytes === 1000));
    assert.equal(analysis.largest[0]?.path, 'bin/busybox');
  });

  test('a commit’s layer holds exactly what `docker diff` says the container changed', async () => {
    const name = `${prefix}-commit`;
    await docker('run', '-d', '--name', name, testEnv().image, 'sh', '-c', 'echo hi > /new.txt && mkdir -p /srv/www && echo page > /srv/www/index.html && rm /bin/vi && chmod 700 /bin/busybox && sleep 600');
    const diff = await (async () => {
      for (let tries = 0; tries < 50; tries++) {
        const lines = await docker('diff', name);
        if (lines.includes('/srv/www/index.html') && lines.includes('/bin/vi') && lines.includes('/bin/busybox')) return lines;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the container did not make its changes');
    })();
    const committed = `${repo}:committed`;
    // Berth's own commit: the docker CLI's sends a body Podman cannot read ("Decode(): EOF").
    await core.caller.call('containers.commit', { id: name, repository: repo, tag: 'committed', changes: [`LABEL dev.berth.test=${prefix}`], pause: true });
    const { analysis } = await analyze(committed);
    const top = analysis.layers.length - 1;
    const expected = diff
      .split('\n')
      .map((line) => {
        const [kind, file] = [line[0], line.slice(2).replace(/^\//, '')];
        return `${kind === 'A' ? 'added' : kind === 'D' ? 'deleted' : 'modified'} ${file}`;
      })
      .sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!));
    assert.deepEqual((await changesShown(committed, top)).map((file) => `${file.change} ${file.path}`), expected);
  });

  test('two images compared: the layers they share and the files that differ', async () => {
    await build(`${repo}:web1`, STEPS.slice(0, 1));
    await build(`${repo}:web2`, [...STEPS.slice(0, 1), 'RUN echo v2 > /app/keep && rm /app/d/a && echo new > /app/added']);
    const result = await core.caller.call('layers.compare', { a: `${repo}:web1`, b: `${repo}:web2` });
    assert.equal(result.shared.length, result.a.layers.length, 'web2 is made on top of web1: all web1’s layers shared');
    assert.equal(result.b.layers.length, result.a.layers.length + 1);
    assert.deepEqual(
      result.files.map((file) => `${file.change} ${file.path}`),
      ['added app/added', 'removed app/d/a', 'changed app/keep'],
    );
    const fixture = await core.caller.call('layers.compare', { a: testEnv().image, b: `${repo}:web2` });
    assert.equal(fixture.shared.length, 2, 'the busybox fixture’s two layers');
  });

  test('a remote engine (over ssh): the export comes over the same connection and reads the same', async () => {
    const { ssh } = testEnv();
    const local = (await analyze(`${repo}:steps`)).analysis;
    const remote = createCore({
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'berth-data-')),
      dockerConfigDir: fs.mkdtempSync(path.join(os.tmpdir(), 'berth-docker-config-')),
      knownHostsFiles: [ssh.knownHosts],
      validateOutputs: true,
      backoffMs: [100, 200],
    });
    try {
      const added = await remote.caller.call('engines.add', { name: 'loopback over ssh', url: `ssh://${ssh.user}@${ssh.host}:${ssh.port}`, sshKeyPath: ssh.privateKey, use: true });
      await waitFor(() => remote.connection.status.state === 'connected' && remote.connection.currentEndpoint?.engineId === added.id, 'connected over ssh', 30000);
      let analysis: LayerAnalysis | null = null;
      await remote.caller.stream('layers.analyze', { image: `${repo}:steps` }, (event) => event.kind === 'done' && (analysis = event.analysis), new AbortController().signal);
      assert.deepEqual(analysis, local);
    } finally {
      remote.dispose();
    }
  });

  test('bad input is a clear error; a cancelled analysis stops and a later one works', async () => {
    await assert.rejects(core.caller.call('layers.files', { image: `${repo}:steps`, layer: 99, onlyChanges: false, path: '' }), { code: 'INVALID_INPUT', message: /no layer 100/ });
    await assert.rejects(core.caller.call('layers.files', { image: `${repo}:steps`, layer: 0, onlyChanges: false, path: '../etc' }), { code: 'INVALID_INPUT' });
    await assert.rejects(core.caller.call('layers.search', { image: `${repo}:nothing-here`, layer: 0, onlyChanges: false, text: 'x' }), { code: 'NOT_FOUND' });
    await assert.rejects(core.caller.call('layers.compare', { a: 'NOT A REF!', b: `${repo}:steps` }), { code: 'INVALID_INPUT' });

    const big = await build(`${repo}:big`, ['RUN head -c 40000000 /dev/urandom > /blob']);
    const controller = new AbortController();
    let progressSeen = 0;
    await core.caller.stream('layers.analyze', { image: big }, (event) => {
      if (event.kind === 'progress' && ++progressSeen === 2) controller.abort();
    }, controller.signal);
    assert.ok(progressSeen >= 2, 'the stream was cancelled while it read');
    const { analysis } = await analyze(big);
    assert.equal(analysis.largest[0]?.sizeBytes, 40_000_000);
  });
});
