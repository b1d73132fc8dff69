import type Docker from 'dockerode';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { Batcher } from '../../util/batcher.js';
import { readLogs } from '../containers/logs-handler.js';
import { dependsOnFromFiles, dependsOnFromLabel, levelsByCreation, startLevels } from './start-order.js';

type ComposeOps = 'compose.start' | 'compose.stop' | 'compose.restart' | 'compose.remove' | 'compose.logs';
type MergedLine = { container: string; stream: 'stdout' | 'stderr'; text: string; time: string };
type Row = Docker.ContainerInfo;

export const PROJECT_LABEL = 'com.docker.compose.project';
export const SERVICE_LABEL = 'com.docker.compose.service';
const DEPENDS_ON_LABEL = 'com.docker.compose.depends_on';
const ONE_OFF_LABEL = 'com.docker.compose.oneoff';
const CONFIG_FILES_LABEL = 'com.docker.compose.project.config_files';
const WORKING_DIR_LABEL = 'com.docker.compose.project.working_dir';

const serviceOf = (row: Row) => row.Labels[SERVICE_LABEL] ?? row.Names[0]?.slice(1) ?? row.Id;
const nameOf = (row: Row) => row.Names[0]?.slice(1) ?? row.Id.slice(0, 12);

/**
 * A compose project is the set of containers carrying its label: Berth drives them through the engine, so it
 * works for projects made by docker compose v1, v2 or anything else that sets the label, without their files.
 * Start, stop and restart follow depends_on (see `serviceLevels` for where it is read from).
 */
export function composeHandlers(connection: EngineConnection): HandlerGroup<ComposeOps> {
  const members = async (project: string) => {
    const rows = await connection.request(`Listing project ${project}`, (docker) =>
      docker.listContainers({ all: true, filters: { label: [`${PROJECT_LABEL}=${project}`] } }),
    );
    // Compose numbers its containers; acting in that order keeps logs and start-up predictable.
    return rows.sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  };

  /** One engine call on one container; 304 (already in the asked state) is success. */
  const act = (verb: string, row: Row, run: (container: Docker.Container) => Promise<unknown>) =>
    connection.request(`${verb} ${nameOf(row)}`, async (docker) => {
      try {
        await run(docker.getContainer(row.Id));
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 304) throw error;
      }
    });

  /** The project's containers in levels of depends_on order, dependencies first. */
  const levelsOf = async (project: string): Promise<Row[][]> => {
    const rows = await members(project);
    const byService = new Map<string, Row[]>();
    for (const row of rows) byService.set(serviceOf(row), [...(byService.get(serviceOf(row)) ?? []), row]);
    const services = await serviceLevels(connection, byService);
    return services.map((level) => level.flatMap((service) => byService.get(service) ?? []));
  };

  /** Runs `step` on every chosen container of a level at once, one level after the other. */
  const inOrder = async (levels: Row[][], pick: (row: Row) => boolean, step: (row: Row) => Promise<unknown>) => {
    const ids: string[] = [];
    for (const level of levels) {
      const chosen = level.filter(pick);
      await Promise.all(chosen.map(step));
      ids.push(...chosen.map((row) => row.Id));
    }
    return ids;
  };

  const isUp = (row: Row) => row.State === 'running' || row.State === 'paused' || row.State === 'restarting';
  // A `compose run` container is a task that was run once: starting the project does not run it again (as compose's own start does not).
  const isService = (row: Row) => row.Labels[ONE_OFF_LABEL] !== 'True';
  // A paused container is resumed, not started (the engine refuses to start it).
  const start = (row: Row) => (row.State === 'paused' ? act('Unpausing', row, (c) => c.unpause()) : act('Starting', row, (c) => c.start()));
  // A paused one is resumed first, so that it stops as it would have running, answering its stop signal.
  const stop = async (row: Row) => {
    if (row.State === 'paused') await act('Unpausing', row, (c) => c.unpause());
    await act('Stopping', row, (c) => c.stop());
  };

  return {
    async 'compose.start'({ project }) {
      return { ids: await inOrder(await levelsOf(project), (row) => isService(row) && row.State !== 'running' && row.State !== 'restarting', start) };
    },
    async 'compose.stop'({ project }) {
      return { ids: await inOrder((await levelsOf(project)).reverse(), isUp, stop) };
    },
    async 'compose.restart'({ project }) {
      const levels = await levelsOf(project);
      await inOrder([...levels].reverse(), isUp, stop);
      return { ids: await inOrder(levels, (row) => isService(row) || isUp(row), (row) => act('Starting', row, (c) => c.start())) };
    },
    async 'compose.remove'({ project, volumes }) {
      const rows = await members(project);
      await Promise.all(rows.map((row) => act('Removing', row, (c) => c.remove({ force: true, v: volumes }))));
      return { ids: rows.map((row) => row.Id) };
    },

    async 'compose.logs'({ project, services, tail, follow }, emit, signal) {
      const wanted = new Set(services);
      const rows = (await members(project)).filter((row) => wanted.size === 0 || wanted.has(row.Labels[SERVICE_LABEL] ?? ''));
      // Each flush is sorted by time, so that lines of different containers interleave as they happened.
      const batcher = new Batcher<MergedLine>((lines) => emit({ lines: lines.sort((a, b) => a.time.localeCompare(b.time)) }), 100, 5000);
      try {
        await Promise.all(
          rows.map((row) => {
            const container = nameOf(row);
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

/**
 * The project's services in depends_on levels, read from the best source there is: compose v2's depends_on
 * label on the containers; else the project's files as the labels name them, when they can be read here (v1
 * sets no depends_on label); else the order compose created the containers in.
 */
async function serviceLevels(connection: EngineConnection, byService: ReadonlyMap<string, Row[]>): Promise<string[][]> {
  const services = [...byService.keys()];
  const rows = [...byService.values()].flat();
  if (rows.some((row) => DEPENDS_ON_LABEL in row.Labels)) {
    const dependsOn = new Map(services.map((service) => [service, (byService.get(service) ?? []).flatMap((row) => dependsOnFromLabel(row.Labels[DEPENDS_ON_LABEL] ?? ''))]));
    return startLevels(services, dependsOn);
  }
  const fromFiles = await dependsOnFromProjectFiles(rows[0]);
  if (fromFiles) return startLevels(services, fromFiles);
  // listContainers' Created is in whole seconds; compose makes a project's containers within one.
  const created = new Map<string, string>();
  for (const [service, serviceRows] of byService) {
    const times = await Promise.all(
      serviceRows.map((row) => connection.request(`Inspecting ${nameOf(row)}`, (docker) => docker.getContainer(row.Id).inspect()).then((info) => info.Created)),
    );
    created.set(service, times.sort()[0] ?? '');
  }
  return levelsByCreation(created);
}

/** The labels come from the engine: only a regular file of a compose file's size is read (never a device). */
const MAX_COMPOSE_FILE = 2_000_000;

async function readComposeFile(file: string): Promise<string> {
  const info = await fs.stat(file);
  if (!info.isFile() || info.size > MAX_COMPOSE_FILE) throw new Error(`${file} is not a compose file`);
  return fs.readFile(file, 'utf8');
}

/** depends_on from the files compose was run with, or null when any of them cannot be read (or parsed) here. */
async function dependsOnFromProjectFiles(row: Row | undefined): Promise<Map<string, string[]> | null> {
  const files = row?.Labels[CONFIG_FILES_LABEL];
  const workingDir = row?.Labels[WORKING_DIR_LABEL];
  if (!files || !workingDir || !path.isAbsolute(workingDir)) return null;
  try {
    const texts = await Promise.all(files.split(',').map((file) => readComposeFile(path.resolve(workingDir, file.trim()))));
    return dependsOnFromFiles(texts);
  } catch {
    return null;
  }
}
