import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { describe, test } from 'node:test';
import tar from 'tar-stream';
import { readImageExport } from '../../electron/services/images/layers/image-export.js';
import { analyzeLayers } from '../../electron/services/images/layers/layer-analysis.js';
import { LayerCache } from '../../electron/services/images/layers/layer-cache.js';
import { RawLayerBuilder, stackLayers, type LayerEntry, type RawLayer } from '../../electron/services/images/layers/layer-model.js';
import { compareTrees, LayerView } from '../../electron/services/images/layers/layer-queries.js';

type Item = [path: string, size?: number, extra?: Partial<LayerEntry>];

/** A layer from a list of tar names: a name ending in '/' is a folder, `.wh.` names are whiteouts. */
function layer(...items: Item[]): RawLayer {
  const builder = new RawLayerBuilder();
  for (const [name, size = 0, extra = {}] of items) {
    const folder = name.endsWith('/');
    builder.add({ path: name.replace(/\/$/, ''), type: folder ? 'directory' : 'file', size, mode: folder ? 0o755 : 0o644, link: '', hash: folder ? null : `h${size}`, ...extra });
  }
  return builder.done();
}

const base = layer(['bin/'], ['bin/sh', 1000], ['etc/'], ['etc/passwd', 100]);
const adds = layer(['app/'], ['app/big', 5000], ['app/d/'], ['app/d/a', 10], ['app/d/b', 20], ['app/keep', 5]);
const overwrites = layer(['app/'], ['app/big', 50], ['app/keep', 8, { mode: 0o600 }]);
const deletes = layer(['app/'], ['app/.wh.big']);
const opaque = layer(['app/'], ['app/d/'], ['app/d/.wh..wh..opq'], ['app/d/c', 3]);
const layers = [base, adds, overwrites, deletes, opaque];
const history = ['COPY file:abc in /', 'RUN add', 'RUN overwrite', 'RUN rm /app/big', 'RUN rm -rf /app/d && mkdir /app/d'].map((text) => ({
  created_by: `/bin/sh -c #(nop) ${text}`,
}));

function image(raw = layers) {
  return analyzeLayers({ imageId: 'sha256:x', diffIds: raw.map((_, i) => `sha256:${i}`), layers: raw, history: [...history.slice(0, 1), { created_by: 'CMD ["sh"]', empty_layer: true }, ...history.slice(1)] });
}

describe('layers as the union filesystem stacks them', () => {
  test('each layer’s added, modified and deleted paths; whiteouts and an opaque folder', () => {
    const analysis = image();
    const counts = analysis.layers.map(({ added, modified, deleted, opaque: isOpaque }) => [added, modified, deleted, isOpaque]);
    assert.deepEqual(counts, [
      [4, 0, 0, false],
      [6, 0, 0, false],
      [0, 2, 0, false], // app/ listed again is not counted
      [0, 0, 1, false],
      [1, 1, 2, true], // app/d made anew (modified), a and b hidden by the opaque marker, c added
    ]);
    assert.equal(analysis.files, 8, 'bin bin/sh etc etc/passwd app app/keep app/d app/d/c — and nothing of big');
    assert.deepEqual(
      analysis.steps.map((step) => [step.instruction, step.layer]),
      [['COPY file:abc in /', 0], ['CMD ["sh"]', null], ['RUN add', 1], ['RUN overwrite', 2], ['RUN rm /app/big', 3], ['RUN rm -rf /app/d && mkdir /app/d', 4]],
    );
    assert.equal(analysis.layers[3]!.instruction, 'RUN rm /app/big');
  });

  test('dive’s efficiency: wasted bytes and score from every copy of each path', () => {
    const { efficiency, totalBytes } = image();
    // big: 5000 + 50 + 0 (deleted); keep: 5 + 8; d/a: 10 + 0; d/b: 20 + 0
    assert.equal(efficiency.wastedBytes, 5050 + 13 + 10 + 20);
    assert.deepEqual(efficiency.topWasted.map((file) => [file.path, file.wastedBytes, file.occurrences.map((o) => `${o.layer}:${o.change}`).join(' ')]), [
      ['app/big', 5050, '1:added 2:modified 3:deleted'],
      ['app/d/b', 20, '1:added 4:deleted'],
      ['app/keep', 13, '1:added 2:modified'],
      ['app/d/a', 10, '1:added 4:deleted'],
    ]);
    const cumulative = 1000 + 100 + 5050 + 13 + 10 + 20 + 3;
    const minimum = 1000 + 100 + 0 + 5 + 0 + 0 + 3;
    assert.equal(efficiency.score, minimum / cumulative);
    assert.equal(totalBytes, 1100 + 5035 + 58 + 0 + 3);
    assert.equal(efficiency.userBytes, totalBytes - 1100);
  });

  test('an image with nothing written twice scores 1 and has no hints', () => {
    const analysis = image([base, layer(['srv/'], ['srv/x', 7])]);
    assert.equal(analysis.efficiency.score, 1);
    assert.equal(analysis.efficiency.wastedBytes, 0);
    assert.deepEqual(analysis.hints, []);
  });

  test('hints: deleted later, overwritten, apt lists left by an update alone, a cache left', () => {
    const { hints } = image();
    assert.deepEqual(
      hints.map((hint) => `${hint.kind} ${hint.bytes}`),
      ['overwritten 5005', 'deleted-later 50', 'deleted-later 30'],
    );
    const apt = analyzeLayers({
      imageId: 'sha256:y',
      diffIds: ['a', 'b', 'c'],
      layers: [base, layer(['var/lib/apt/lists/'], ['var/lib/apt/lists/main', 40_000_000]), layer(['root/.cache/pip/'], ['root/.cache/pip/wheel', 300])],
      history: [{ created_by: 'COPY x /' }, { created_by: '/bin/sh -c apt-get update' }, { created_by: '/bin/sh -c pip install x' }],
    });
    assert.deepEqual(apt.hints, [
      { kind: 'package-lists', layer: 1, bytes: 40_000_000, alone: true },
      { kind: 'cache-left', layer: 2, folder: 'root/.cache', files: 1, bytes: 300 },
    ]);
  });

  test('a folder listing at a layer, its changes only, and search', () => {
    const atOpaque = new LayerView(layers, 4);
    assert.deepEqual(
      atOpaque.list('app/d', false).map((entry) => `${entry.name}:${entry.change}`),
      ['a:deleted', 'b:deleted', 'c:added'],
    );
    assert.deepEqual(
      atOpaque.list('', true).map((entry) => `${entry.name}:${entry.change}:${entry.changedInside}`),
      ['app:modified:true'],
      'only the folders holding this layer’s changes',
    );
    assert.deepEqual(atOpaque.list('', false).map((entry) => entry.name), ['app', 'bin', 'etc']);
    const app = atOpaque.list('', false)[0]!;
    assert.equal(app.sizeBytes, 8 + 3, 'a folder’s size is the files below it');
    const atDelete = new LayerView(layers, 3);
    assert.deepEqual(atDelete.search('BIG', false).entries.map((entry) => [entry.path, entry.change, entry.sizeBytes]), [['app/big', 'deleted', 50]]);
    assert.deepEqual(new LayerView(layers, 4).search('big', false).entries, [], 'gone before this layer, not listed');
    assert.deepEqual(new LayerView(layers, 2).search('keep', false).entries.map((entry) => entry.mode), [0o600]);
  });

  test('two trees compared: added, removed, changed by contents or mode', () => {
    const a = stackLayers([base, adds]).tree;
    const b = stackLayers([base, adds, overwrites, deletes]).tree;
    const { files } = compareTrees(a, b);
    assert.deepEqual(files.map((file) => `${file.change} ${file.path}`), ['removed app/big', 'changed app/keep']);
    assert.deepEqual(compareTrees(a, a).files, []);
  });
});

/** An archive like `docker save` writes: classic layout, one layer repeated as a symlink, one gzip-compressed (OCI). */
async function exportArchive(): Promise<Buffer> {
  const layerTar = async (entries: { name: string; body?: string; type?: 'directory' }[], gzip = false) => {
    const pack = tar.pack();
    for (const entry of entries) pack.entry({ name: entry.name, type: entry.type ?? 'file', mode: 0o644 }, entry.body ?? '');
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const chunk of gzip ? (pack as unknown as Readable).pipe(createGzip()) : (pack as unknown as Readable)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const one = await layerTar([{ name: 'etc/', type: 'directory' }, { name: 'etc/hosts', body: 'localhost' }]);
  const two = await layerTar([{ name: 'etc/', type: 'directory' }, { name: 'etc/.wh.hosts' }], true);
  const config = JSON.stringify({ rootfs: { diff_ids: ['sha256:1', 'sha256:2', 'sha256:1'] }, history: [{ created_by: 'ADD a /' }, { created_by: 'RUN rm' }, { created_by: 'ADD a /' }] });
  const outer = tar.pack();
  outer.entry({ name: 'l1/', type: 'directory' });
  outer.entry({ name: 'l1/layer.tar' }, one);
  outer.entry({ name: 'blobs/sha256/l2' }, two);
  outer.entry({ name: 'l3/layer.tar', type: 'symlink', linkname: '../l1/layer.tar' });
  outer.entry({ name: 'cfg.json' }, config);
  outer.entry({ name: 'manifest.json' }, JSON.stringify([{ Config: 'cfg.json', Layers: ['l1/layer.tar', 'blobs/sha256/l2', 'l3/layer.tar'] }]));
  outer.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of outer as unknown as Readable) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('reading an image export', () => {
  test('layers in the manifest’s order, a gzip layer and a repeated (symlinked) one', async () => {
    const archive = await exportArchive();
    const read = await readImageExport('sha256:z', Readable.from([archive.subarray(0, 700), archive.subarray(700)]), new AbortController().signal);
    assert.deepEqual(read.diffIds, ['sha256:1', 'sha256:2', 'sha256:1']);
    assert.deepEqual(read.layers.map((raw) => [raw.entries.map((entry) => entry.path), raw.whiteouts]), [
      [['etc', 'etc/hosts'], []],
      [['etc'], ['etc/hosts']],
      [['etc', 'etc/hosts'], []],
    ]);
    assert.equal(read.layers[0]!.entries[1]!.hash, createHash('sha1').update('localhost').digest('hex'), 'a file’s contents digested on the way');
    assert.equal(read.layers[0]!.bytes, 'localhost'.length);
    assert.equal(analyzeLayers(read).layers.map((l) => l.added).join(), '2,0,1');
  });

  test('a damaged archive is an error, not a crash; no manifest is said', async () => {
    await assert.rejects(readImageExport('x', Readable.from([Buffer.alloc(1024, 1)]), new AbortController().signal));
    const empty = tar.pack();
    empty.finalize();
    await assert.rejects(readImageExport('x', empty as unknown as Readable, new AbortController().signal), /no manifest/);
  });
});

describe('the analysis cache', () => {
  const read = { analysis: image(), layers };
  test('one read for two callers; kept afterwards; a read everyone cancelled stops', async () => {
    let reads = 0;
    let stopped = 0;
    const cache = new LayerCache(async (_id, progress, signal) => {
      reads++;
      progress(10);
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (signal.aborted) {
        stopped++;
        throw new Error('aborted');
      }
      return read;
    });
    const seen: number[] = [];
    const [one, two] = await Promise.all([cache.get('a', new AbortController().signal, (b) => seen.push(b)), cache.get('a', new AbortController().signal)]);
    assert.equal(one, two);
    assert.equal(reads, 1);
    assert.deepEqual(seen, [10]);
    await cache.get('a', new AbortController().signal);
    assert.equal(reads, 1, 'answered from the cache');

    const controller = new AbortController();
    const pending = cache.get('b', controller.signal);
    controller.abort();
    await assert.rejects(pending, { code: 'CANCELLED' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    assert.equal(stopped, 1, 'the read itself was stopped');
    await assert.rejects(cache.layerView('a', 9, new AbortController().signal), { code: 'INVALID_INPUT' });
  });
});
