import type { VolumeSummary, VolumeUser } from '../../../../shared/contract/volumes';
import type { LiveStates } from '../../lib/live-states';
import { isHelperName } from '../../lib/berth-helpers';

export type VolumeSortKey = 'name' | 'driver' | 'mountpoint' | 'size' | 'created' | 'users';
export interface VolumeSort {
  key: VolumeSortKey;
  direction: 'asc' | 'desc';
}

interface VolumeViewOptions {
  search: string;
  hideAnonymous: boolean;
  sort: VolumeSort;
}


/**
 * A volume's users as shown: Berth's own short-lived helpers left out, and each container's name and state
 * taken from the live containers list when it is there (a container started or stopped since the volumes
 * were listed shows as it is now).
 */
export function currentUsers(volume: VolumeSummary, live?: LiveStates): VolumeUser[] {
  return volume.containers
    .filter((user) => !isHelperName(user.name))
    .map((user) => {
      const now = live?.get(user.id);
      return now && (now.state !== user.state || now.name !== user.name) ? { ...user, name: now.name, state: now.state } : user;
    });
}

function matchesVolume(volume: VolumeSummary, query: string): boolean {
  if (!query) return true;
  return (
    volume.name.toLowerCase().includes(query) ||
    volume.driver.toLowerCase().includes(query) ||
    volume.mountpoint.toLowerCase().includes(query) ||
    volume.containers.some((user) => user.name.toLowerCase().includes(query)) ||
    Object.entries(volume.labels).some(([key, value]) => `${key}=${value}`.toLowerCase().includes(query))
  );
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Unknown sizes and times sort after known ones, whichever the direction. */
function nullsLast(a: number | null, b: number | null, sign: number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return sign * (a - b);
}

/** The volumes the page shows: searched (name, driver, mountpoint, users, labels), anonymous ones hidden if asked, sorted. */
export function buildVolumeView(all: readonly VolumeSummary[], options: VolumeViewOptions): VolumeSummary[] {
  const query = options.search.trim().toLowerCase();
  const shown = all.filter((volume) => !(options.hideAnonymous && volume.anonymous) && matchesVolume(volume, query));
  const sign = options.sort.direction === 'asc' ? 1 : -1;
  const byName = (a: VolumeSummary, b: VolumeSummary) => collator.compare(a.name, b.name);
  const compare = (a: VolumeSummary, b: VolumeSummary): number => {
    switch (options.sort.key) {
      case 'name':
        // Named volumes before anonymous ones: their names mean something.
        return sign * (Number(a.anonymous) - Number(b.anonymous) || byName(a, b));
      case 'driver':
        return sign * collator.compare(a.driver, b.driver);
      case 'mountpoint':
        return sign * collator.compare(a.mountpoint, b.mountpoint);
      case 'size':
        return nullsLast(a.sizeBytes, b.sizeBytes, sign);
      case 'created':
        return nullsLast(a.created, b.created, sign);
      case 'users':
        return sign * (a.containers.length - b.containers.length);
    }
  };
  return shown.sort((a, b) => compare(a, b) || byName(a, b));
}

/** A column header clicked: the same column flips its order; another starts in its natural one. */
export function nextVolumeSort(current: VolumeSort, key: VolumeSortKey): VolumeSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'size' || key === 'created' || key === 'users' ? 'desc' : 'asc' };
}

/** A name short enough for a title: anonymous volumes are 64 hex digits, shown by their first 12. */
export function shortVolumeName(volume: Pick<VolumeSummary, 'name' | 'anonymous'>): string {
  return volume.anonymous && /^[0-9a-f]{64}$/.test(volume.name) ? `${volume.name.slice(0, 12)}…` : volume.name;
}

interface VolumeTotals {
  count: number;
  inUse: number;
  anonymous: number;
  /** Bytes of the volumes whose size is known. */
  bytes: number;
}

export function volumeTotals(all: readonly VolumeSummary[]): VolumeTotals {
  return {
    count: all.length,
    inUse: all.filter((v) => v.containers.some((user) => !isHelperName(user.name))).length,
    anonymous: all.filter((v) => v.anonymous).length,
    bytes: all.reduce((sum, v) => sum + (v.sizeBytes ?? 0), 0),
  };
}

/** A free name for a copy of `source`: source-copy, then source-copy-2, -3… */
export function cloneName(source: string, taken: ReadonlySet<string>): string {
  const base = `${source}-copy`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
