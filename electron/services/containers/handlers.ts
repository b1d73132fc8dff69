import { HELPER_LABEL } from '../../engine/berth-labels.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
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

export function containerHandlers(connection: EngineConnection): HandlerGroup<ContainerOps> {
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
      return rows.filter((row) => row.Labels?.[HELPER_LABEL] === undefined).map(toContainerSummary);
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

    async 'containers.remove'({ id, force, volumes }) {
      await connection.request(`Removing ${id}`, (docker) => docker.getContainer(id).remove({ force, v: volumes }));
      return ok;
    },
  };
}
