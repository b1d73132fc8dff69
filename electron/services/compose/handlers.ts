import type Docker from 'dockerode';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { Batcher } from '../../util/batcher.js';
import { readLogs } from '../containers/logs-handler.js';

type ComposeOps = 'compose.start' | 'compose.stop' | 'compose.restart' | 'compose.remove' | 'compose.logs';
type MergedLine = { container: string; stream: 'stdout' | 'stderr'; text: string; time: string };

const PROJECT_LABEL = 'com.docker.compose.project';

/**
 * A compose project is the set of containers carrying its label: Berth drives them through the engine, so it
 * works for projects made by docker compose v1, v2 or anything else that sets the label, without their files.
 */
export function composeHandlers(connection: EngineConnection): HandlerGroup<ComposeOps> {
  const members = async (project: string) => {
    const rows = await connection.request(`Listing project ${project}`, (docker) =>
      docker.listContainers({ all: true, filters: { label: [`${PROJECT_LABEL}=${project}`] } }),
    );
    // Compose numbers its containers; acting in that order keeps logs and start-up predictable.
    return rows.sort((a, b) => (a.Names[0] ?? '').localeCompare(b.Names[0] ?? ''));
  };
  const each = async (
    project: string,
    verb: string,
    pick: (row: Docker.ContainerInfo) => boolean,
    act: (container: Docker.Container) => Promise<unknown>,
  ) => {
    const rows = (await members(project)).filter(pick);
    await Promise.all(
      rows.map((row) =>
        connection.request(`${verb} ${row.Names[0]?.slice(1) ?? row.Id}`, async (docker) => {
          try {
            await act(docker.getContainer(row.Id));
          } catch (error) {
            // 304: already in the asked state, which is success.
            if ((error as { statusCode?: number }).statusCode !== 304) throw error;
          }
        }),
      ),
    );
    return { ids: rows.map((row) => row.Id) };
  };

  return {
    'compose.start': ({ project }) => each(project, 'Starting', (r) => r.State !== 'running', (c) => c.start()),
    'compose.stop': ({ project }) => each(project, 'Stopping', (r) => r.State === 'running' || r.State === 'paused', (c) => c.stop()),
    'compose.restart': ({ project }) => each(project, 'Restarting', () => true, (c) => c.restart()),
    'compose.remove': ({ project, volumes }) => each(project, 'Removing', () => true, (c) => c.remove({ force: true, v: volumes })),

    async 'compose.logs'({ project, tail, follow }, emit, signal) {
      const rows = await members(project);
      // Each flush is sorted by time, so that lines of different containers interleave as they happened.
      const batcher = new Batcher<MergedLine>((lines) => emit({ lines: lines.sort((a, b) => a.time.localeCompare(b.time)) }), 100, 5000);
      try {
        await Promise.all(
          rows.map((row) => {
            const container = row.Names[0]?.slice(1) ?? row.Id.slice(0, 12);
            return readLogs(
              connection,
              row.Id,
              { follow, tail, timestamps: true },
              (stream, text, time) => batcher.push({ container, stream, text, time: time ?? '' }),
              signal,
            );
          }),
        );
      } finally {
        if (signal.aborted) batcher.dispose();
        else batcher.close();
      }
    },
  };
}
