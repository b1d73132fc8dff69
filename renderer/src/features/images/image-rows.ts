import type { TFunction } from 'i18next';
import type { ImageSummary } from '../../../../shared/contract/images';
import { routes, type Href, type ImageTab } from '../../../../shared/routes';

/*
 * The images list as the grid shows it: one row per tag (the engine's rows), filtered by use and search,
 * sorted by a column. Pure, so the page only memoises it and the rules are unit tested.
 */

export type ImageSortKey = 'repository' | 'tag' | 'id' | 'created' | 'size' | 'containers';
export interface ImageSort {
  key: ImageSortKey;
  direction: 'asc' | 'desc';
}
export type ImageFilter = 'all' | 'in-use' | 'unused' | 'dangling';

export const NONE = '<none>';

/** A row's identity: an image id can have several rows (one per tag), a tag names one image. */
export function rowKey(row: Pick<ImageSummary, 'id' | 'repository' | 'tag'>): string {
  return `${row.id}|${row.repository}:${row.tag}`;
}

/** `sha256:0123…` → `0123456789ab`, as `docker images` shows it. */
export function shortImageId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** The reference a row stands for, as `docker rmi`/`docker run` would take it: `repo:tag`, `repo@digest`, or the id. */
export function rowReference(row: Pick<ImageSummary, 'id' | 'repository' | 'tag' | 'digest'>): string {
  if (row.repository !== NONE && row.tag !== NONE) return `${row.repository}:${row.tag}`;
  if (row.repository !== NONE && row.digest) return `${row.repository}@${row.digest}`;
  return shortImageId(row.id);
}

/**
 * A row's own page: by its tag when it has one, so the page (its title, what Remove names) is about the tag
 * the user opened, not whichever of the image's tags comes first; by id for an untagged image.
 */
export function imageRoute(row: Pick<ImageSummary, 'id' | 'repository' | 'tag'>, options: { tab?: ImageTab } = {}): Href {
  return routes.image(isTagged(row) ? `${row.repository}:${row.tag}` : row.id, options);
}

/** Whether a row names a tag (and so can be pushed, or removed by name without touching other tags). */
export function isTagged(row: Pick<ImageSummary, 'repository' | 'tag'>): boolean {
  return row.repository !== NONE && row.tag !== NONE;
}

/** The row's accessible name: its reference, or "untagged image <short id>" for a dangling one. */
export function rowLabel(t: TFunction, row: Pick<ImageSummary, 'id' | 'repository' | 'tag' | 'digest'>): string {
  if (isTagged(row)) return `${row.repository}:${row.tag}`;
  if (row.repository !== NONE) return t('rows.untaggedOf', { repository: row.repository, id: shortImageId(row.id) });
  return t('rows.untagged', { id: shortImageId(row.id) });
}

function matchesFilter(row: ImageSummary, filter: ImageFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'in-use':
      return row.containers.length > 0;
    case 'unused':
      return row.containers.length === 0;
    case 'dangling':
      return row.dangling;
  }
}

/** Search over what the row shows: repository, tag, `repository:tag`, the id (with or without `sha256:`), the digest. */
export function matchesSearch(row: ImageSummary, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const id = row.id.toLowerCase();
  const haystack = [`${row.repository}:${row.tag}`.toLowerCase(), id, id.replace(/^sha256:/, ''), row.digest?.toLowerCase() ?? ''];
  return haystack.some((text) => text.includes(q)) || row.containers.some((name) => name.toLowerCase().includes(q));
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareBy(key: ImageSortKey): (a: ImageSummary, b: ImageSummary) => number {
  switch (key) {
    case 'repository':
      return (a, b) => compareNoneLast(a.repository, b.repository) || compareNoneLast(a.tag, b.tag);
    case 'tag':
      return (a, b) => compareNoneLast(a.tag, b.tag) || compareNoneLast(a.repository, b.repository);
    case 'id':
      return (a, b) => a.id.localeCompare(b.id);
    case 'created':
      return (a, b) => a.created - b.created;
    case 'size':
      return (a, b) => a.sizeBytes - b.sizeBytes;
    case 'containers':
      return (a, b) => a.containers.length - b.containers.length;
  }
}

/** `<none>` sorts after names in ascending order (dangling images at the end, as they matter least). */
function compareNoneLast(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NONE) return 1;
  if (b === NONE) return -1;
  return collator.compare(a, b);
}

/** The rows that pass the filter and search, sorted; ties fall back to newest first, then the reference. */
export function viewImages(all: readonly ImageSummary[], options: { filter: ImageFilter; search: string; sort: ImageSort }): ImageSummary[] {
  const primary = compareBy(options.sort.key);
  const sign = options.sort.direction === 'asc' ? 1 : -1;
  return all
    .filter((row) => matchesFilter(row, options.filter) && matchesSearch(row, options.search))
    .sort((a, b) => sign * primary(a, b) || b.created - a.created || rowKey(a).localeCompare(rowKey(b)));
}

/** The order a column sorts in when first chosen: newest, biggest and most used first. */
export function defaultDirection(key: ImageSortKey): 'asc' | 'desc' {
  return key === 'created' || key === 'size' || key === 'containers' ? 'desc' : 'asc';
}

export interface FilterCounts {
  all: number;
  'in-use': number;
  unused: number;
  dangling: number;
}

/** How many rows each filter would show (before search), for the filter buttons. */
export function filterCounts(all: readonly ImageSummary[]): FilterCounts {
  const counts: FilterCounts = { all: all.length, 'in-use': 0, unused: 0, dangling: 0 };
  for (const row of all) {
    if (row.containers.length > 0) counts['in-use']++;
    else counts.unused++;
    if (row.dangling) counts.dangling++;
  }
  return counts;
}

/** Distinct images (not rows) and their total size: an image with three tags counts once. */
export function distinctImages(all: readonly ImageSummary[]): { count: number; sizeBytes: number } {
  const sizes = new Map<string, number>();
  for (const row of all) sizes.set(row.id, row.sizeBytes);
  let sizeBytes = 0;
  for (const size of sizes.values()) sizeBytes += size;
  return { count: sizes.size, sizeBytes };
}
