import type Docker from 'dockerode';
import { BerthError } from '../../../shared/contract/errors.js';
import type { VolumeSummary, VolumeUser } from '../../../shared/contract/volumes.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import type { VolumeTrash } from '../trash/volume-trash.js';
import { measureVolumes, toVolumeSummary, volumeUsers, type VolumeRow } from './summary.js';

type VolumeOps = 'volumes.list' | 'volumes.inspect' | 'volumes.create' | 'volumes.remove' | 'volumes.prune';

/**
 * The volumes themselves: listed with their users and sizes, made, removed (never from under a container, and
 * kept in `trash` first), pruned.
 */
export function volumeHandlers(connection: EngineConnection, trash: VolumeTrash): HandlerGroup<VolumeOps> {
  const summaries = (names?: string[], sizes = true) => listVolumes(connection, names, sizes);

  return {
    async 'volumes.list'({ names, sizes }, signal) {
      if (names && names.length === 0) return [];
      return listVolumes(connection, names, sizes, signal);
    },

    async 'volumes.inspect'({ name }, signal) {
      const info = await connection.request(`Inspecting volume ${name}`, (docker) => docker.getVolume(name).inspect({ abortSignal: signal }), signal);
      return info as unknown as Record<string, unknown>;
    },

    async 'volumes.create'({ name, driver, labels, driverOptions }) {
      // The engine answers "create" for an existing name with that volume, as if made: people expect to be told.
      if (name && (await exists(connection, name))) throw new BerthError('CONFLICT', `A volume named ${name} already exists.`);
      const created = await connection.request(`Creating volume ${name ?? ''}`.trim(), (docker) =>
        docker.createVolume({ ...(name ? { Name: name } : {}), Driver: driver, Labels: labels, DriverOpts: driverOptions }),
      );
      const info = (await connection.request('Reading the new volume', () => created.inspect())) as VolumeRow;
      return toVolumeSummary(info, [], null);
    },

    async 'volumes.remove'({ name, overBudget }, signal) {
      await refuseInUse(connection, name);
      await trash.remove(name, { reason: 'removed', overBudget }, signal);
      return { ok: true };
    },

    async 'volumes.prune'({ dryRun, names, overBudget }, signal) {
      const unused = (await summaries()).filter((volume) => volume.containers.length === 0);
      const candidates = unused.map((v) => ({
        name: v.name,
        driver: v.driver,
        anonymous: v.anonymous,
        sizeBytes: v.sizeBytes,
        fitsTrash: true,
        kept: false,
      }));
      if (dryRun) return { volumes: fitTogether(trash, candidates), spaceReclaimedBytes: sum(candidates) };
      // Only what the user saw in the preview goes, and only if still unused: the engine refuses the rest.
      const chosen = fitTogether(
        trash,
        candidates.filter((c) => names?.includes(c.name)),
      );
      const tooBig = chosen.filter((c) => !c.fitsTrash);
      if (overBudget === 'refuse' && tooBig.length > 0 && trash.fits(0)) {
        throw new BerthError('CONFLICT', `${tooBig.map((c) => c.name).join(', ')} would not fit the trash: nothing was pruned. Prune anyway to remove ${tooBig.length === 1 ? 'it' : 'them'} without a way back.`, {
          reason: 'over-budget',
          volumes: tooBig.map((c) => c.name),
        });
      }
      const removed: typeof candidates = [];
      for (const volume of chosen) {
        try {
          const { kept } = await trash.remove(volume.name, { reason: 'pruned', overBudget: 'discard' }, signal);
          removed.push({ ...volume, kept });
        } catch (error) {
          // Mounted or removed since the preview: not pruned, which is what the preview promised.
          if (!(error instanceof BerthError && (error.code === 'CONFLICT' || error.code === 'NOT_FOUND'))) throw error;
        }
      }
      return { volumes: removed, spaceReclaimedBytes: sum(removed) };
    },
  };
}

/**
 * Whether each of the volumes pruned together fits the trash beside the ones before it: kept one after the
 * other, a later one would push an earlier one of the same prune out of a full budget.
 */
function fitTogether<T extends { sizeBytes: number | null; fitsTrash: boolean }>(trash: VolumeTrash, rows: T[]): T[] {
  let running = 0;
  return rows.map((row) => {
    running += row.sizeBytes ?? 0;
    return { ...row, fitsTrash: trash.fits(row.sizeBytes === null ? null : running) };
  });
}

const sum = (rows: { sizeBytes: number | null }[]) => rows.reduce((total, row) => total + (row.sizeBytes ?? 0), 0);

/** The measurement running on each connection, if any. */
const measuring = new WeakMap<EngineConnection, Promise<Map<string, number | null>>>();

/**
 * Volume sizes, measured once for every caller asking while a measurement runs: the engine refuses a second
 * one at the same time ("a disk usage operation is already running"), and its answer would be the same.
 */
function measureShared(connection: EngineConnection): Promise<Map<string, number | null>> {
  let running = measuring.get(connection);
  if (!running) {
    running = connection.request('Measuring volumes', (docker) => measureVolumes(docker)).finally(() => measuring.delete(connection));
    measuring.set(connection, running);
  }
  return running;
}

/**
 * The volumes with their users and sizes. `signal` aborts the listing requests; never the measurement, which
 * other callers may be waiting on (it ends by itself).
 */
export async function listVolumes(connection: EngineConnection, names?: string[], sizes = true, signal?: AbortSignal): Promise<VolumeSummary[]> {
  const [volumes, containers, measured] = await Promise.all([
    connection.request('Listing volumes', (docker) => docker.listVolumes({ abortSignal: signal }), signal),
    connection.request('Listing containers', (docker) => docker.listContainers({ all: true, abortSignal: signal }), signal),
    sizes ? measureShared(connection) : null,
  ]);
  const wanted = names ? new Set(names) : null;
  const users = volumeUsers(containers);
  return ((volumes.Volumes ?? []) as VolumeRow[])
    .filter((volume) => !wanted || wanted.has(volume.Name))
    .map((volume) => toVolumeSummary(volume, users.get(volume.Name) ?? [], measured?.get(volume.Name) ?? null));
}

export async function exists(connection: EngineConnection, name: string): Promise<boolean> {
  try {
    await connection.request(`Reading volume ${name}`, (docker) => docker.getVolume(name).inspect());
    return true;
  } catch (error) {
    if (error instanceof BerthError && error.code === 'NOT_FOUND') return false;
    throw error;
  }
}

/** The engine's own refusal names container ids only, and none for stopped ones on some engines: say who. */
async function refuseInUse(connection: EngineConnection, name: string): Promise<void> {
  const rows = await connection.request(`Listing the containers of volume ${name}`, (docker: Docker) =>
    docker.listContainers({ all: true, filters: { volume: [name] } }),
  );
  const users: VolumeUser[] = volumeUsers(rows).get(name) ?? [];
  if (users.length === 0) return;
  const named = users.map((user) => `${user.name} (${user.state})`).join(', ');
  throw new BerthError('CONFLICT', `Volume ${name} is in use by ${users.length === 1 ? 'container' : 'containers'} ${named}: remove ${users.length === 1 ? 'it' : 'them'} first.`, {
    containers: users.map((user) => ({ id: user.id, name: user.name, state: user.state })),
  });
}
