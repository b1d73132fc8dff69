import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import type { ContainerRecords } from '../trash/container-records.js';
import { isServiceTask, swarmInUse } from '../swarm/in-use.js';

/**
 * docker container prune in two steps: a preview of the stopped containers, then exactly those that are still
 * stopped, each kept in Recently removed before it goes.
 */
export function containerPruneHandler(connection: EngineConnection, records: ContainerRecords): HandlerGroup<'containers.prune'> {
  return {
    async 'containers.prune'({ dryRun, ids }) {
      const [stopped, swarm] = await Promise.all([
        connection.request('Listing stopped containers', (docker) =>
          docker.listContainers({ all: true, size: true, filters: { status: [...connection.dialect.stoppedStates] } }),
        ),
        swarmInUse(connection),
      ]);
      // A stopped task of a service that exists is the swarm's (its task history), not the user's to prune.
      const candidates = stopped.filter((row) => !isServiceTask(row.Labels, swarm)).map((row) => ({
        id: row.Id,
        name: (row.Names?.[0] ?? row.Id).replace(/^\//, ''),
        status: row.Status,
        sizeBytes: (row as { SizeRw?: number }).SizeRw ?? 0,
      }));
      if (dryRun) return { containers: candidates, spaceReclaimedBytes: sum(candidates) };
      // Only what the user saw in the preview goes, and only if it is still stopped.
      const chosen = new Set(ids);
      const removed = candidates.filter((c) => chosen.has(c.id) || chosen.has(c.id.slice(0, 12)) || chosen.has(c.name));
      for (const container of removed) {
        await records.keep(container.id, 'pruned');
        await connection.request(`Removing ${container.name}`, (docker) => docker.getContainer(container.id).remove());
      }
      return { containers: removed, spaceReclaimedBytes: sum(removed) };
    },
  };
}

const sum = (rows: { sizeBytes: number }[]) => rows.reduce((total, row) => total + row.sizeBytes, 0);
