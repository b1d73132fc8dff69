import type { LayerAnalysis, LayerHint, LayerInfo, LayerStep, WastedFile } from '../../../../shared/contract/layers.js';
import { instructionOf } from '../build-output.js';
import { applyLayer, StackedTree, type AppliedLayer, type RawLayer } from './layer-model.js';

/** One step of the image config's history (`docker history`'s source). */
export interface HistoryItem {
  created?: string;
  created_by?: string;
  empty_layer?: boolean;
}

export interface ImageLayers {
  imageId: string;
  /** Bottom first, one per rootfs.diff_ids entry. */
  diffIds: string[];
  layers: RawLayer[];
  history: HistoryItem[];
}

const TOP_WASTED = 50;
const LARGEST = 20;

/** Folders where package managers and build tools leave caches nobody runs from. */
const CACHE_FOLDERS = ['var/cache/apk', 'var/cache/apt', 'var/cache/yum', 'var/cache/dnf', 'root/.cache', 'root/.npm', 'usr/local/share/.cache', 'tmp'];
const APT_LISTS = 'var/lib/apt/lists';

/**
 * Everything the Layers view shows, from the layers read out of the export: each layer's changes, dive's
 * efficiency, hints and the largest files. The tree is stacked once, layer by layer.
 */
export function analyzeLayers(image: ImageLayers): LayerAnalysis {
  const steps = stepsOf(image.history, image.layers.length);
  const tree = new StackedTree();
  const applied: AppliedLayer[] = [];
  const layers: LayerInfo[] = image.layers.map((raw, index) => {
    const result = applyLayer(tree, raw, index);
    applied.push(result);
    const counts = { added: 0, modified: 0, deleted: 0 };
    // A folder the tar lists again only because something inside it changed is not itself a change worth
    // counting; one made opaque (its old contents hidden) is.
    const opaque = new Set(raw.opaque);
    for (const record of result.changes.values()) {
      if (record.change !== 'modified' || record.entry.type !== 'directory' || opaque.has(record.entry.path)) counts[record.change]++;
    }
    return {
      index,
      diffId: image.diffIds[index] ?? '',
      instruction: steps.find((step) => step.layer === index)?.instruction ?? '',
      sizeBytes: raw.bytes,
      files: raw.entries.length,
      ...counts,
      opaque: raw.opaque.length > 0,
    };
  });
  const waste = wasteOf(image.layers, applied);
  const totalBytes = image.layers.reduce((sum, layer) => sum + layer.bytes, 0);
  return {
    imageId: image.imageId,
    totalBytes,
    files: tree.nodes.size,
    steps,
    layers,
    efficiency: {
      score: waste.score,
      wastedBytes: waste.wastedBytes,
      userBytes: totalBytes - (image.layers[0]?.bytes ?? 0),
      topWasted: waste.top,
    },
    hints: hintsOf(waste.paths, applied, tree, layers),
    largest: [...tree.nodes.values()]
      .filter((node) => node.entry.type === 'file')
      .sort((a, b) => b.entry.size - a.entry.size || a.entry.path.localeCompare(b.entry.path))
      .slice(0, LARGEST)
      .map((node) => ({ path: node.entry.path, sizeBytes: node.entry.size, layer: node.layer })),
  };
}

/** History's steps in order, each non-empty one matched to the next layer (as the engine lays them out). */
function stepsOf(history: HistoryItem[], layerCount: number): LayerStep[] {
  let next = 0;
  const steps = history.map((item): LayerStep => {
    const created = item.created ? Date.parse(item.created) / 1000 : NaN;
    const layer = item.empty_layer || next >= layerCount ? null : next++;
    return { instruction: instructionOf(item.created_by ?? ''), createdBy: item.created_by ?? '', created: Number.isFinite(created) ? created : null, layer };
  });
  // An image with no history (imported, or squashed) still lists its layers.
  for (; next < layerCount; next++) steps.push({ instruction: '', createdBy: '', created: null, layer: next });
  return steps;
}

interface PathWaste {
  cumulative: number;
  minimum: number;
  occurrences: WastedFile['occurrences'];
}

/**
 * dive's efficiency: every leaf path each layer holds (and each one a layer deletes, at size 0) is one copy;
 * the score is the smallest copy of each path over all copies, the waste every copy of a path with more than
 * one. dive counts a deleted folder once at its own path; here each file under it counts as deleted, so
 * removing a folder costs what its files cost, as it does in the image.
 */
function wasteOf(layers: readonly RawLayer[], applied: readonly AppliedLayer[]) {
  const paths = new Map<string, PathWaste>();
  const count = (path: string, layer: number, size: number, change: 'added' | 'modified' | 'deleted') => {
    let waste = paths.get(path);
    if (!waste) paths.set(path, (waste = { cumulative: 0, minimum: size, occurrences: [] }));
    waste.cumulative += size;
    waste.minimum = Math.min(waste.minimum, size);
    waste.occurrences.push({ layer, sizeBytes: size, change });
  };
  layers.forEach((raw, index) => {
    const result = applied[index]!;
    const folders = new Set<string>();
    for (const entry of raw.entries) {
      for (let slash = entry.path.lastIndexOf('/'); slash > 0; slash = entry.path.lastIndexOf('/', slash - 1)) folders.add(entry.path.slice(0, slash));
    }
    for (const entry of raw.entries) {
      if (folders.has(entry.path)) continue;
      count(entry.path, index, entry.type === 'file' ? entry.size : 0, result.changes.get(entry.path)?.change === 'added' ? 'added' : 'modified');
    }
    for (const path of result.deletedLeaves) count(path, index, 0, 'deleted');
  });
  let minimum = 0;
  let cumulative = 0;
  let wastedBytes = 0;
  const wasted: WastedFile[] = [];
  for (const [path, waste] of paths) {
    minimum += waste.minimum;
    cumulative += waste.cumulative;
    if (waste.occurrences.length > 1) {
      wastedBytes += waste.cumulative;
      if (waste.cumulative > 0) wasted.push({ path, wastedBytes: waste.cumulative, occurrences: waste.occurrences });
    }
  }
  wasted.sort((a, b) => b.wastedBytes - a.wastedBytes || a.path.localeCompare(b.path));
  return { score: cumulative === 0 ? 1 : minimum / cumulative, wastedBytes, top: wasted.slice(0, TOP_WASTED), paths };
}

/** Advice from the waste and from what the final image still holds, biggest first. */
function hintsOf(paths: Map<string, PathWaste>, applied: readonly AppliedLayer[], final: StackedTree, layers: readonly LayerInfo[]): LayerHint[] {
  const pairs = new Map<string, { kind: 'deleted-later' | 'overwritten'; from: number; to: number; files: number; bytes: number; example: string; exampleBytes: number }>();
  const pair = (kind: 'deleted-later' | 'overwritten', from: number, to: number, path: string, bytes: number) => {
    const key = `${kind}:${from}:${to}`;
    let item = pairs.get(key);
    if (!item) pairs.set(key, (item = { kind, from, to, files: 0, bytes: 0, example: path, exampleBytes: -1 }));
    item.files++;
    item.bytes += bytes;
    if (bytes > item.exampleBytes) Object.assign(item, { example: path, exampleBytes: bytes });
  };
  for (const [path, waste] of paths) {
    const { occurrences } = waste;
    for (let i = 1; i < occurrences.length; i++) {
      const before = occurrences[i - 1]!;
      const now = occurrences[i]!;
      if (before.change === 'deleted' || before.sizeBytes === 0) continue;
      pair(now.change === 'deleted' ? 'deleted-later' : 'overwritten', before.layer, now.layer, path, before.sizeBytes);
    }
  }
  const hints: LayerHint[] = [...pairs.values()]
    .filter((item) => item.bytes > 0)
    .map((item) =>
      item.kind === 'deleted-later'
        ? { kind: item.kind, addedIn: item.from, deletedIn: item.to, files: item.files, bytes: item.bytes, example: item.example }
        : { kind: item.kind, firstIn: item.from, againIn: item.to, files: item.files, bytes: item.bytes, example: item.example },
    );

  // What each layer left in the final image under the folders caches live in.
  applied.forEach((result, layer) => {
    const left = new Map<string, { files: number; bytes: number }>();
    for (const [path, record] of result.changes) {
      if (record.change === 'deleted' || record.entry.type !== 'file') continue;
      if (final.nodes.get(path)?.layer !== layer) continue;
      const folder = path.startsWith(`${APT_LISTS}/`) ? APT_LISTS : CACHE_FOLDERS.find((candidate) => path.startsWith(`${candidate}/`));
      if (!folder) continue;
      const item = left.get(folder) ?? { files: 0, bytes: 0 };
      item.files++;
      item.bytes += record.entry.size;
      left.set(folder, item);
    }
    const instruction = layers[layer]?.instruction ?? '';
    for (const [folder, item] of left) {
      if (item.bytes === 0) continue;
      if (folder === APT_LISTS && /\bapt(-get)? +update\b/.test(instruction)) {
        hints.push({ kind: 'package-lists', layer, bytes: item.bytes, alone: !/\binstall\b/.test(instruction) });
      } else {
        hints.push({ kind: 'cache-left', layer, folder, files: item.files, bytes: item.bytes });
      }
    }
  });
  return hints.sort((a, b) => b.bytes - a.bytes);
}
