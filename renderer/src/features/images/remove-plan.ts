import type { TFunction } from 'i18next';
import type { ImageSummary } from '../../../../shared/contract/images';
import { isTagged, rowReference, shortImageId } from './image-rows';

/**
 * What `docker rmi` does to each image when some of its rows are removed: removing one of several tags only
 * untags, removing the last reference (or an untagged image by id) deletes the image. Pure: the remove
 * dialog says it in words before anything happens, and the page runs exactly these references in order.
 */
interface ImageRemoval {
  id: string;
  shortId: string;
  sizeBytes: number;
  /** The tags (or, for an untagged row, the reference) this removal takes away. */
  removes: string[];
  /** The references the image keeps: non-empty means the image stays. */
  keeps: string[];
  /** Whether the image itself is deleted (its last reference goes). */
  deletes: boolean;
  /**
   * Whether a registry holds it (a row has a registry digest): then Recently removed keeps the reference that
   * pulls it again; otherwise it exists nowhere else once deleted.
   */
  inRegistry: boolean;
  /** Containers made from the image: the engine refuses to delete it for them unless forced. */
  containers: string[];
  /** What to pass to `images.remove`, in order (tags one by one; the last one deletes). */
  refs: string[];
}

export function planRemoval(selected: readonly ImageSummary[], all: readonly ImageSummary[]): ImageRemoval[] {
  const byImage = new Map<string, ImageSummary[]>();
  for (const row of selected) {
    const rows = byImage.get(row.id) ?? [];
    if (!rows.some((r) => rowReference(r) === rowReference(row))) rows.push(row);
    byImage.set(row.id, rows);
  }
  return [...byImage.entries()].map(([id, rows]) => {
    const everyRow = all.filter((row) => row.id === id);
    const references = new Set((everyRow.length ? everyRow : rows).map(rowReference));
    const removes = rows.map(rowReference);
    for (const ref of removes) references.delete(ref);
    const keeps = [...references];
    const first = rows[0]!;
    // An image with no tag at all is removed by id; tags are removed by name so that other tags are untouched.
    const refs = rows.every((row) => !isTagged(row) && row.repository === '<none>') ? [id] : removes;
    return {
      id,
      shortId: shortImageId(id),
      sizeBytes: first.sizeBytes,
      removes: rows.every((row) => !isTagged(row) && row.repository === '<none>') ? [] : removes,
      keeps,
      deletes: keeps.length === 0,
      inRegistry: (everyRow.length ? everyRow : rows).some((row) => row.digest !== null),
      containers: first.containers,
      refs,
    };
  });
}

/** One sentence per image, in docker rmi's terms. */
export function removalWords(t: TFunction, removal: ImageRemoval): string {
  const list = (items: readonly string[]) => items.join(', ');
  if (!removal.deletes) {
    return t('remove.words.untags', { removeCount: removal.removes.length, removes: list(removal.removes), keepCount: removal.keeps.length, keeps: list(removal.keeps) });
  }
  if (removal.removes.length === 0) return t('remove.words.deletesUntagged', { id: removal.shortId });
  return t('remove.words.deletes', { id: removal.shortId, count: removal.removes.length, tags: list(removal.removes) });
}

/** Removals the engine will refuse without force: the image goes and containers were made from it. */
export function blockedByContainers(removals: readonly ImageRemoval[]): ImageRemoval[] {
  return removals.filter((removal) => removal.deletes && removal.containers.length > 0);
}
