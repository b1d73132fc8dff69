import fs from 'node:fs';
import { BerthError } from '../../../shared/contract/errors.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { checkExportTarget } from '../host-files.js';
import { composeFileFrom, type ExportContainer, type ExportImage, type ExportNetwork, type ExportVolume } from './export.js';
import { saveTextFile } from './files-on-disk.js';
import { PROJECT_LABEL } from './handlers.js';

/**
 * compose.export: gathers the inspect data of the containers (a project's, or those named), of their images
 * (to leave out what the image already says), volumes and networks, and turns it into a compose file; with
 * `path`, also writes it there atomically.
 */
export function composeExportHandler(connection: EngineConnection): HandlerGroup<'compose.export'> {
  return {
    async 'compose.export'({ project, containers, path, overwrite }) {
      // Before any engine work, so that a wrong path gets its answer at once.
      if (path) await checkExportTarget(path, overwrite);
      const ids = project ? await projectContainers(connection, project) : (containers ?? []);
      const all = await Promise.all(
        ids.map((id) => connection.request(`Inspecting ${id}`, (docker) => docker.getContainer(id).inspect()) as Promise<unknown> as Promise<ExportContainer>),
      );
      // A container named twice (by name and by id) is one service.
      const inspected = [...new Map(all.map((c) => [c.Id, c])).values()];
      const volumeNames = new Set(inspected.flatMap((c) => (c.Mounts ?? []).flatMap((m) => (m.Type === 'volume' && m.Name ? [m.Name] : []))));
      const networkNames = new Set(inspected.flatMap((c) => Object.keys(c.NetworkSettings?.Networks ?? {})));
      // What cannot be looked at (an image removed since, a network gone) only costs the file its defaults.
      const [images, volumes, networks] = await Promise.all([
        lookUp(new Set(inspected.map((c) => c.Image)), (id) =>
          connection.request(`Inspecting image ${id}`, (docker) => docker.getImage(id).inspect()).then((image) => image.Config as ExportImage),
        ),
        lookUp(volumeNames, (name) => connection.request(`Inspecting volume ${name}`, (docker) => docker.getVolume(name).inspect()) as Promise<ExportVolume>),
        lookUp(networkNames, (name) => connection.request(`Inspecting network ${name}`, (docker) => docker.getNetwork(name).inspect()) as Promise<ExportNetwork>),
      ]);
      const { text, warnings } = composeFileFrom({ containers: inspected, images, volumes, networks, dialect: connection.dialect });
      if (path) {
        // A file that appeared since the check is replaced only when that was allowed (saveTextFile refuses otherwise).
        const existing = overwrite ? fs.statSync(path, { throwIfNoEntry: false }) : undefined;
        saveTextFile(path, text, existing?.mtimeMs ?? 0);
      }
      return { text, warnings, path: path ?? null };
    },
  };
}

async function projectContainers(connection: EngineConnection, project: string): Promise<string[]> {
  const rows = await connection.request(`Listing project ${project}`, (docker) =>
    docker.listContainers({ all: true, filters: { label: [`${PROJECT_LABEL}=${project}`] } }),
  );
  if (rows.length === 0) throw new BerthError('NOT_FOUND', `The compose project ${project} has no containers.`, { project });
  return rows.map((row) => row.Id);
}

async function lookUp<T>(keys: ReadonlySet<string>, inspect: (key: string) => Promise<T>): Promise<Record<string, T>> {
  const found = await Promise.all([...keys].map((key) => inspect(key).then((value) => [key, value] as const, () => null)));
  return Object.fromEntries(found.filter((entry) => entry !== null));
}
