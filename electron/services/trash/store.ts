import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RemovedContainer, RemovedImage, TrashedVolume, type TrashKind } from '../../../shared/contract/trash.js';
import { writeJsonAtomic } from '../../util/json-file.js';

/** What is kept on disk: the contract's entries without what is checked against the engine when listed. */
export const StoredContainer = RemovedContainer.omit({ warnings: true });
export type StoredContainer = z.infer<typeof StoredContainer>;
export const StoredVolume = TrashedVolume.omit({ nameTaken: true });
export type StoredVolume = z.infer<typeof StoredVolume>;
export const StoredImage = RemovedImage.omit({ present: true });
export type StoredImage = z.infer<typeof StoredImage>;

type Kind = z.infer<typeof TrashKind>;
const folders: Record<Kind, string> = { container: 'containers', volume: 'volumes', image: 'images' };
const schemas = { container: StoredContainer, volume: StoredVolume, image: StoredImage } as const;
type StoredOf<K extends Kind> = z.infer<(typeof schemas)[K]>;

export interface TrashLimits {
  keepDays: number;
  volumeBudgetBytes: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Berth's trash folder (`<data>/trash/{containers,volumes,images}`): one JSON file per entry, and for a volume a
 * tar beside it. Every file is written to a temporary name and renamed (a crash leaves the old state or the new,
 * never half a file), with 0600 permissions in 0700 folders: a container's spec holds its environment, which
 * may hold secrets. A file that does not parse is left out of the lists, never fatal.
 */
export class TrashStore {
  readonly root: string;

  constructor(
    dataDir: string,
    private readonly limits: () => TrashLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.root = path.join(dataDir, 'trash');
  }

  /** A new entry id: sortable by time, unique without coordination. */
  newEntry(): string {
    return `${this.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  }

  add<K extends Kind>(kind: K, record: StoredOf<K>): void {
    writeJsonAtomic(this.metaFile(kind, record.entry), schemas[kind].parse(record));
  }

  /** The entries of a kind, newest first (old ones swept out first). */
  list<K extends Kind>(kind: K): StoredOf<K>[] {
    this.sweep();
    return this.read(kind);
  }

  get<K extends Kind>(kind: K, entry: string): StoredOf<K> | null {
    return this.read(kind).find((record) => record.entry === entry) ?? null;
  }

  forget(kind: Kind, entry: string): void {
    fs.rmSync(this.metaFile(kind, entry), { force: true });
    if (kind === 'volume') fs.rmSync(this.volumeArchive(entry), { force: true });
  }

  empty(): void {
    for (const kind of Object.keys(folders) as Kind[]) for (const record of this.read(kind)) this.forget(kind, record.entry);
  }

  /** Where a volume entry's archive is (or will be, once `commitVolume` renames the partial one). */
  volumeArchive(entry: string): string {
    return path.join(this.folder('volume'), `${entry}.tar`);
  }

  /** A temporary archive name for a volume being kept: renamed by `commitVolume`, or removed on failure. */
  partialVolumeArchive(entry: string): string {
    fs.mkdirSync(this.folder('volume'), { recursive: true, mode: 0o700 });
    return path.join(this.folder('volume'), `${entry}.tar.partial`);
  }

  /** Makes a written archive an entry: the tar is renamed into place first, then its description. */
  commitVolume(record: StoredVolume, partial: string): void {
    fs.renameSync(partial, this.volumeArchive(record.entry));
    this.add('volume', record);
  }

  /** The bytes the kept volume archives take. */
  volumeBytes(): number {
    return this.read('volume').reduce((total, record) => total + record.sizeBytes, 0);
  }

  budget(): TrashLimits {
    return this.limits();
  }

  /**
   * Makes room for an archive of `bytes`: the oldest volume entries go until it fits. False (nothing dropped)
   * when it could never fit the budget.
   */
  makeRoomFor(bytes: number): boolean {
    const { volumeBudgetBytes } = this.limits();
    if (bytes > volumeBudgetBytes) return false;
    const oldestFirst = this.read('volume').reverse();
    let used = oldestFirst.reduce((total, record) => total + record.sizeBytes, 0);
    for (const record of oldestFirst) {
      if (used + bytes <= volumeBudgetBytes) break;
      this.forget('volume', record.entry);
      used -= record.sizeBytes;
    }
    return true;
  }

  /**
   * Drops what is older than the settings keep, volume archives over the budget (oldest first, after a lower
   * budget was set), and leftovers of an interrupted write (a partial or unclaimed archive).
   */
  sweep(): void {
    const { keepDays } = this.limits();
    const cutoff = this.now() - keepDays * DAY_MS;
    for (const kind of Object.keys(folders) as Kind[]) {
      for (const record of this.read(kind)) if (record.removedAt < cutoff) this.forget(kind, record.entry);
    }
    // A budget lowered since: the oldest archives go until the rest fit.
    this.makeRoomFor(0);
    this.removeStrayArchives();
  }

  private removeStrayArchives(): void {
    const folder = this.folder('volume');
    const claimed = new Set(this.read('volume').map((record) => `${record.entry}.tar`));
    for (const name of this.names(folder)) {
      if (!name.endsWith('.tar') && !name.endsWith('.tar.partial')) continue;
      // A partial archive being written right now is younger than a minute; older ones were interrupted.
      const stale = name.endsWith('.partial') ? this.now() - fs.statSync(path.join(folder, name)).mtimeMs > 60_000 : !claimed.has(name);
      if (stale) fs.rmSync(path.join(folder, name), { force: true });
    }
  }

  private read<K extends Kind>(kind: K): StoredOf<K>[] {
    const folder = this.folder(kind);
    const records: StoredOf<K>[] = [];
    for (const name of this.names(folder)) {
      if (!name.endsWith('.json')) continue;
      try {
        const parsed = schemas[kind].safeParse(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')));
        if (parsed.success) records.push(parsed.data as StoredOf<K>);
      } catch {
        // Unreadable or not JSON: not an entry (left in place for whoever wants to look at it).
      }
    }
    // A volume's description is only trusted with its archive beside it.
    const usable = kind === 'volume' ? records.filter((record) => fs.existsSync(this.volumeArchive(record.entry))) : records;
    return usable.sort((a, b) => b.removedAt - a.removedAt);
  }

  private names(folder: string): string[] {
    try {
      return fs.readdirSync(folder);
    } catch {
      return [];
    }
  }

  private folder(kind: Kind): string {
    return path.join(this.root, folders[kind]);
  }

  private metaFile(kind: Kind, entry: string): string {
    return path.join(this.folder(kind), `${entry}.json`);
  }
}
