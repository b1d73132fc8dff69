/** One entry of the engine's `Mounts` in a container's inspect JSON. */
interface EngineMount {
  Type?: string;
  Name?: string;
  Source?: string;
  Destination?: string;
  RW?: boolean;
  Mode?: string;
}

export interface MountRow {
  type: string;
  /** The volume's name (volumes), or the host path (binds), or what the engine says. */
  source: string;
  volume: string | null;
  anonymous: boolean;
  destination: string;
  readOnly: boolean;
}

/** The inspect JSON's mounts as rows, volumes first, then by where they are mounted. */
export function mountRows(inspect: Record<string, unknown> | undefined): MountRow[] {
  const raw = Array.isArray(inspect?.Mounts) ? (inspect.Mounts as EngineMount[]) : [];
  return raw
    .map((m) => {
      const volume = m.Type === 'volume' && m.Name ? m.Name : null;
      return {
        type: m.Type ?? 'unknown',
        source: volume ?? m.Source ?? '',
        volume,
        anonymous: volume !== null && /^[0-9a-f]{64}$/.test(volume),
        destination: m.Destination ?? '',
        readOnly: m.RW === false,
      };
    })
    .sort((a, b) => Number(b.type === 'volume') - Number(a.type === 'volume') || a.destination.localeCompare(b.destination));
}
