import type Docker from 'dockerode';
import type { VolumeSummary, VolumeUser } from '../../../shared/contract/volumes.js';
import { toContainerSummary } from '../containers/summary.js';

/** GET /volumes rows; CreatedAt is missing from dockerode's types. */
export type VolumeRow = Docker.VolumeInspectInfo & { CreatedAt?: string };

/** Docker 23+ marks anonymous volumes with this label; older engines only give them a 64-hex name. */
const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

export function isAnonymous(name: string, labels: Record<string, string> | null | undefined): boolean {
  return (labels ?? {})[ANONYMOUS_LABEL] !== undefined || /^[0-9a-f]{64}$/.test(name);
}

export function toVolumeSummary(raw: VolumeRow, users: VolumeUser[], sizeBytes: number | null): VolumeSummary {
  const created = raw.CreatedAt ? Date.parse(raw.CreatedAt) : NaN;
  return {
    name: raw.Name,
    driver: raw.Driver,
    scope: raw.Scope ?? 'local',
    mountpoint: raw.Mountpoint ?? '',
    created: Number.isFinite(created) ? Math.floor(created / 1000) : null,
    sizeBytes,
    labels: raw.Labels ?? {},
    options: raw.Options ?? {},
    anonymous: isAnonymous(raw.Name, raw.Labels),
    containers: users,
  };
}

/** Volume name → the containers (running or not) that mount it, from one GET /containers/json?all=1. */
export function volumeUsers(containers: Docker.ContainerInfo[]): Map<string, VolumeUser[]> {
  const byVolume = new Map<string, VolumeUser[]>();
  for (const raw of containers) {
    const summary = toContainerSummary(raw);
    for (const mount of raw.Mounts ?? []) {
      if (mount.Type !== 'volume' || !mount.Name) continue;
      const users = byVolume.get(mount.Name) ?? [];
      users.push({
        id: summary.id,
        name: summary.name,
        state: summary.state,
        destination: mount.Destination,
        readOnly: mount.RW === false,
      });
      byVolume.set(mount.Name, users);
    }
  }
  return byVolume;
}

/**
 * Volume name → bytes used, from GET /system/df. `type=volume` asks engines that know it (API 1.42+) to
 * measure volumes only; older ones ignore it and measure everything. The engine says -1 when it cannot tell.
 */
export async function measureVolumes(docker: Docker): Promise<Map<string, number | null>> {
  const usage = await new Promise<{ Volumes?: VolumeRow[] | null }>((resolve, reject) => {
    (docker.modem as { dial(options: object, callback: (error: unknown, data: unknown) => void): void }).dial(
      { path: '/system/df?', method: 'GET', options: { type: ['volume'] }, statusCodes: { 200: true, 500: 'server error' } },
      (error, data) => (error ? reject(error) : resolve((data ?? {}) as { Volumes?: VolumeRow[] | null })),
    );
  });
  const sizes = new Map<string, number | null>();
  for (const volume of usage.Volumes ?? []) {
    const size = volume.UsageData?.Size;
    sizes.set(volume.Name, typeof size === 'number' && size >= 0 ? size : null);
  }
  return sizes;
}
