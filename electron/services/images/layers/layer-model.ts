import type { LayerChange, LayerEntryType } from '../../../../shared/contract/layers.js';

/** One entry of a layer's tar, as the analysis keeps it: metadata and a digest of the contents, never the bytes. */
export interface LayerEntry {
  /** From the image's root, no leading '/' or './', no trailing '/'. */
  path: string;
  type: LayerEntryType;
  size: number;
  mode: number;
  link: string;
  /** sha1 of a regular file's contents (to tell two images' files apart); null for anything else. */
  hash: string | null;
}

/** A layer as read from its tar: what it holds, and what its whiteouts remove from the layers below. */
export interface RawLayer {
  entries: LayerEntry[];
  /** `.wh.<name>`: the path is deleted. */
  whiteouts: string[];
  /** `.wh..wh..opq` inside a folder: everything the layers below had in it is hidden. */
  opaque: string[];
  /** The bytes of the files it holds. */
  bytes: number;
}

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

/** A tar entry's name as a path from the root: `./etc/` → `etc`, `/bin/sh` → `bin/sh`; '' for the root itself. */
export function normalizePath(name: string): string {
  return name.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Collects a layer's entries in tar order, telling whiteouts (AUFS/OCI style, as docker and podman write them) from files. */
export class RawLayerBuilder {
  private readonly layer: RawLayer = { entries: [], whiteouts: [], opaque: [], bytes: 0 };

  add(entry: LayerEntry): void {
    if (!entry.path) return;
    const name = baseName(entry.path);
    if (name === OPAQUE) {
      this.layer.opaque.push(parentOf(entry.path));
    } else if (name.startsWith(WHITEOUT)) {
      const folder = parentOf(entry.path);
      const deleted = name.slice(WHITEOUT.length);
      this.layer.whiteouts.push(folder ? `${folder}/${deleted}` : deleted);
    } else {
      this.layer.entries.push(entry);
      if (entry.type === 'file') this.layer.bytes += entry.size;
    }
  }

  done(): RawLayer {
    return this.layer;
  }
}

/** What one layer changed, for the listing at that layer: a deleted entry keeps how it was below. */
export interface ChangeRecord {
  change: LayerChange;
  entry: LayerEntry;
  /** For a deletion of a folder: the bytes of the files that went with it. */
  bytes: number;
}

/**
 * The image's tree after some layers: every path with its entry and the layer that last wrote it, with an index
 * of each folder's children so a whiteout of a folder finds its subtree without scanning every path.
 */
export class StackedTree {
  readonly nodes = new Map<string, { entry: LayerEntry; layer: number }>();
  private readonly children = new Map<string, Set<string>>();

  has(path: string): boolean {
    return this.nodes.has(path);
  }

  childrenOf(folder: string): ReadonlySet<string> {
    return this.children.get(folder) ?? EMPTY;
  }

  set(entry: LayerEntry, layer: number): void {
    if (!this.nodes.has(entry.path)) {
      // A layer may hold a file whose folders only lower layers (or none) list: the index knows them all.
      this.link(entry.path);
    }
    this.nodes.set(entry.path, { entry, layer });
  }

  /** Removes a path and everything below it; calls `visit` for each node removed (deepest first), saying whether it was a leaf. */
  remove(path: string, visit?: (path: string, entry: LayerEntry, leaf: boolean) => void): void {
    const below = this.children.get(path);
    const leaf = !below || below.size === 0;
    if (below) for (const name of [...below]) this.remove(`${path}/${name}`, visit);
    const node = this.nodes.get(path);
    this.children.delete(path);
    if (node) {
      this.nodes.delete(path);
      visit?.(path, node.entry, leaf);
    }
    if (path) this.children.get(parentOf(path))?.delete(baseName(path));
  }

  private link(path: string): void {
    let child = path;
    while (child) {
      const parent = parentOf(child);
      let names = this.children.get(parent);
      if (!names) this.children.set(parent, (names = new Set()));
      if (names.has(baseName(child))) return;
      names.add(baseName(child));
      child = parent;
    }
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** What applying one layer did: its change records, and the leaves its deletions hid (for the waste count). */
export interface AppliedLayer {
  changes: Map<string, ChangeRecord>;
  /** Leaf paths of the tree below that this layer's whiteouts and opaque folders removed. */
  deletedLeaves: string[];
}

/**
 * Puts one layer on the tree, as the union filesystem does: whiteouts and opaque folders first (they speak of
 * the layers below), then the layer's entries; each path is classified against the tree below it.
 */
export function applyLayer(tree: StackedTree, raw: RawLayer, index: number): AppliedLayer {
  const changes = new Map<string, ChangeRecord>();
  const deletedLeaves: string[] = [];
  const own = new Set(raw.entries.map((entry) => entry.path));
  const removeBelow = (path: string, recordAt: string) => {
    const top = tree.nodes.get(path);
    if (!top) return;
    let bytes = 0;
    tree.remove(path, (removed, entry, leaf) => {
      if (entry.type === 'file') bytes += entry.size;
      if (leaf) deletedLeaves.push(removed);
    });
    changes.set(recordAt, { change: 'deleted', entry: top.entry, bytes });
  };
  for (const path of raw.whiteouts) {
    if (tree.has(path)) removeBelow(path, path);
    else changes.set(path, { change: 'deleted', entry: { path, type: 'other', size: 0, mode: 0, link: '', hash: null }, bytes: 0 });
  }
  // An opaque folder keeps what this layer puts in it; whatever the layers below had there is gone.
  const replaced = new Set<string>();
  for (const folder of raw.opaque) {
    for (const name of [...tree.childrenOf(folder)]) {
      const path = folder ? `${folder}/${name}` : name;
      if (own.has(path)) replaced.add(path);
      else removeBelow(path, path);
    }
  }
  for (const entry of raw.entries) {
    const before = tree.nodes.get(entry.path);
    const change: LayerChange = before || replaced.has(entry.path) ? 'modified' : 'added';
    changes.set(entry.path, { change, entry, bytes: entry.type === 'file' ? entry.size : 0 });
    if (before && before.entry.type === 'directory' && entry.type !== 'directory') tree.remove(entry.path);
    tree.set(entry, index);
  }
  return { changes, deletedLeaves };
}

/** The tree after layers 0..upTo, and what each of those layers changed. */
export function stackLayers(layers: readonly RawLayer[], upTo = layers.length - 1): { tree: StackedTree; applied: AppliedLayer[] } {
  const tree = new StackedTree();
  const applied: AppliedLayer[] = [];
  for (let index = 0; index <= upTo && index < layers.length; index++) applied.push(applyLayer(tree, layers[index]!, index));
  return { tree, applied };
}
