import { BerthError } from '../../../shared/contract/errors.js';
import { HELPER_LABEL } from '../../engine/berth-labels.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import type { ContainerRecords } from '../trash/container-records.js';
import type { VolumeTrash } from '../trash/volume-trash.js';
import { toContainerSummary } from './summary.js';

type ContainerOps =
  | 'containers.list'
  | 'containers.inspect'
  | 'containers.start'
  | 'containers.stop'
  | 'containers.restart'
  | 'containers.pause'
  | 'containers.unpause'
  | 'containers.kill'
  | 'containers.remove';

const ok = { ok: true } as const;

/** The engine answers 304 when a container already is in the asked state; like the CLI, that is success. */
function alreadyThere(error: unknown): boolean {
  return (error as { statusCode?: number } | null)?.statusCode === 304;
}

/** `records` keeps every removed container (Recently removed); `volumes` keeps the anonymous volumes `-v` removes. */
export function containerHandlers(connection: EngineConnection, records: ContainerRecords, volumes: VolumeTrash): HandlerGroup<ContainerOps> {
  const lifecycle = (verb: string, run: (container: import('dockerode').Container) => Promise<unknown>) =>
    async ({ id }: { id: string }) => {
      await connection.request(`${verb} ${id}`, async (docker) => {
        try {
          await run(docker.getContainer(id));
        } catch (error) {
          if (!alreadyThere(error)) throw error;
        }
      });
      return ok;
    };

  return {
    async 'containers.list'({ all, ids }, signal) {
      if (ids && ids.length === 0) return [];
      const rows = await connection.request(
        'Listing containers',
        (docker) => docker.listContainers({ all, ...(ids ? { filters: { id: ids } } : {}), abortSignal: signal }),
        signal,
      );
      // Berth's own short-lived helpers are plumbing, not the user's containers.
      const { imageName } = connection.dialect;
      return rows.filter((row) => row.Labels?.[HELPER_LABEL] === undefined).map((row) => toContainerSummary({ ...row, Image: imageName(row.Image) }));
    },

    async 'containers.inspect'({ id }, signal) {
      const info = await connection.request(`Inspecting ${id}`, (docker) => docker.getContainer(id).inspect({ abortSignal: signal }), signal);
      return info as unknown as Record<string, unknown>;
    },

    'containers.start': lifecycle('Starting', (c) => c.start()),
    'containers.pause': lifecycle('Pausing', (c) => c.pause()),
    'containers.unpause': lifecycle('Unpausing', (c) => c.unpause()),

    async 'containers.stop'({ id, timeoutSeconds }) {
      return lifecycle('Stopping', (c) => c.stop(timeoutSeconds === undefined ? {} : { t: timeoutSeconds }))({ id });
    },

    async 'containers.restart'({ id, timeoutSeconds }) {
      return lifecycle('Restarting', (c) => c.restart(timeoutSeconds === undefined ? {} : { t: timeoutSeconds }))({ id });
    },

    async 'containers.kill'({ id, signal }) {
      return lifecycle('Killing', (c) => c.kill(signal ? { signal } : {}))({ id });
    },

    async 'containers.remove'({ id, force, volumes: withVolumes }) {
      if (!force) await refuseRunning(connection, id);
      const kept = await records.keep(id, 'removed');
      await connection.request(`Removing ${kept.name}`, (docker) => docker.getContainer(kept.id).remove({ force }));
      // -v: its anonymous volumes go through the trash like any removed volume. The user asked for them to go
      // with the container, so one too big for the budget is removed without being kept rather than refused.
      if (withVolumes) {
        for (const volume of kept.anonymousVolumes) {
          await volumes.remove(volume.name, { reason: 'removed', overBudget: 'discard' }).catch((error: unknown) => {
            // Shared with another container: the engine's -v would have left it too.
            if (!(error instanceof BerthError && (error.code === 'CONFLICT' || error.code === 'NOT_FOUND'))) throw error;
          });
        }
      }
      return ok;
    },
  };
}

/**
 * The engine refuses to remove a running container without force, but only after Berth has kept it; checked
 * first so that a refused removal leaves no entry in Recently removed.
 */
async function refuseRunning(connection: EngineConnection, id: string): Promise<void> {
  const info = await connection.request(`Inspecting ${id}`, (docker) => docker.getContainer(id).inspect());
  if (info.State.Running || info.State.Paused || info.State.Restarting) {
    throw new BerthError('CONFLICT', `${info.Name.replace(/^\//, '')} is running: stop it before removing it, or force the removal.`, { reason: 'running' });
  }
}
