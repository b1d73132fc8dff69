import { LAYER_LIST_LIMIT, type ImageFileDiff, type LayerFile } from '../../../../shared/contract/layers.js';
import { baseName, parentOf, stackLayers, type ChangeRecord, type LayerEntry, type RawLayer, type StackedTree } from './layer-model.js';

/** Every folder above a path, nearest first ('' — the root — last). */
function* foldersAbove(path: string): Generator<string> {
  let folder = path;
  while (folder) {
    folder = parentOf(folder);
    yield folder;
  }
}

/** The image's tree after one layer, with what that layer changed, indexed for the folder listing and search. */
export class LayerView {
  private readonly tree: StackedTree;
  private readonly changes: Map<string, ChangeRecord>;
  /** Folders holding something the layer changed. */
  private readonly changedFolders = new Set<string>();
  /** The bytes of the files below each folder. */
  private readonly folderBytes = new Map<string, number>();
  /** Deleted paths by their folder, listed beside what is there. */
  private readonly deletedIn = new Map<string, string[]>();

  constructor(layers: readonly RawLayer[], readonly layer: number) {
    const { tree, applied } = stackLayers(layers, layer);
    this.tree = tree;
    this.changes = applied[layer]?.changes ?? new Map();
    for (const [path, record] of this.changes) {
      for (const folder of foldersAbove(path)) {
        if (this.changedFolders.has(folder)) break;
        this.changedFolders.add(folder);
      }
      if (record.change === 'deleted') {
        const folder = parentOf(path);
        this.deletedIn.set(folder, [...(this.deletedIn.get(folder) ?? []), path]);
      }
    }
    for (const { entry } of tree.nodes.values()) {
      if (entry.type !== 'file' || entry.size === 0) continue;
      for (const folder of foldersAbove(entry.path)) this.folderBytes.set(folder, (this.folderBytes.get(folder) ?? 0) + entry.size);
    }
  }

  /** One folder's entries, folders first, then by name. */
  list(folder: string, onlyChanges: boolean): LayerFile[] {
    const names = new Set(this.tree.childrenOf(folder));
    for (const path of this.deletedIn.get(folder) ?? []) names.add(baseName(path));
    const entries = [...names].map((name) => this.describe(folder ? `${folder}/${name}` : name));
    return sortEntries(entries.filter((entry) => !onlyChanges || entry.change !== null || entry.changedInside));
  }

  /** Paths containing the text, deleted ones included. */
  search(text: string, onlyChanges: boolean): { entries: LayerFile[]; total: number; truncated: boolean } {
    const needle = text.toLowerCase();
    const found: string[] = [];
    const consider = (path: string) => {
      if (path.toLowerCase().includes(needle) && (!onlyChanges || this.changes.has(path))) found.push(path);
    };
    for (const path of this.tree.nodes.keys()) consider(path);
    for (const [path, record] of this.changes) if (record.change === 'deleted') consider(path);
    found.sort();
    return { entries: found.slice(0, LAYER_LIST_LIMIT).map((path) => this.describe(path)), total: found.length, truncated: found.length > LAYER_LIST_LIMIT };
  }

  private describe(path: string): LayerFile {
    const node = this.tree.nodes.get(path);
    const record = this.changes.get(path);
    const deleted = !node && record?.change === 'deleted';
    const entry: LayerEntry = node?.entry ?? record?.entry ?? { path, type: 'directory', size: 0, mode: 0o755, link: '', hash: null };
    const children = this.tree.childrenOf(path).size;
    const folder = entry.type === 'directory' || children > 0;
    return {
      name: baseName(path),
      path,
      type: folder ? 'directory' : entry.type,
      sizeBytes: deleted ? (record?.bytes ?? 0) : folder ? (this.folderBytes.get(path) ?? 0) : entry.size,
      mode: entry.mode,
      link: entry.link,
      change: record?.change ?? null,
      changedInside: folder && this.changedFolders.has(path),
      children,
    };
  }
}

function sortEntries(entries: LayerFile[]): LayerFile[] {
  return entries.sort((a, b) => Number(b.type === 'directory') - Number(a.type === 'directory') || a.name.localeCompare(b.name));
}

/** How a path stands in a final tree, for the comparison. */
function shape(entry: LayerEntry) {
  return { type: entry.type, sizeBytes: entry.size, mode: entry.mode };
}

/**
 * The files that differ between two images' final trees: only in one, or of another type, size, mode, link
 * target or contents (sha1). Folders differ only by type or mode (their listed size is 0 in a tar).
 */
export function compareTrees(a: StackedTree, b: StackedTree): { files: ImageFileDiff[]; total: number; truncated: boolean } {
  const files: ImageFileDiff[] = [];
  for (const [path, { entry }] of a.nodes) {
    const other = b.nodes.get(path)?.entry;
    if (!other) files.push({ path, change: 'removed', a: shape(entry), b: null });
    else if (differs(entry, other)) files.push({ path, change: 'changed', a: shape(entry), b: shape(other) });
  }
  for (const [path, { entry }] of b.nodes) if (!a.nodes.has(path)) files.push({ path, change: 'added', a: null, b: shape(entry) });
  files.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return { files: files.slice(0, LAYER_LIST_LIMIT), total: files.length, truncated: files.length > LAYER_LIST_LIMIT };
}

function differs(a: LayerEntry, b: LayerEntry): boolean {
  return a.type !== b.type || a.mode !== b.mode || a.link !== b.link || (a.type === 'file' && (a.size !== b.size || a.hash !== b.hash));
}
