import { BerthError } from '../../../shared/contract/errors.js';
import { dockerRunCommand, type RunSpec } from '../../../shared/run-spec.js';
import { runSpecFromInspect, type ContainerInspectLike } from '../../../shared/run-spec-from-inspect.js';
import type { EngineConnection } from '../../engine/connection.js';
import { engineDefaults } from '../../engine/dialect.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { imageConfig } from './container-capture.js';
import { createOptionsFor, takenPortIn } from './create-options.js';

type RunOps = 'containers.create' | 'containers.run' | 'containers.runCommand' | 'containers.rename';

/** The ways a container comes to be (create, run), is described as a command or renamed. `onRun` hears of every container started from a spec (for "Run again"). */
export function runHandlers(connection: EngineConnection, onRun: (spec: RunSpec) => void = () => {}): HandlerGroup<RunOps> {
  const create = async (spec: RunSpec) => {
    const container = await connection.request(`Creating a container from ${spec.image}`, (docker) =>
      docker.createContainer(createOptionsFor(spec)),
    );
    const info = (await connection.request('Reading the new container', () => container.inspect())) as unknown as { Id: string };
    return { container, id: info.Id };
  };

  return {
    async 'containers.create'(spec) {
      const { id } = await create(spec);
      return { id, warnings: [] };
    },

    async 'containers.run'(spec) {
      const { container, id } = await create(spec);
      try {
        await connection.request(`Starting ${spec.name ?? id.slice(0, 12)}`, () => container.start());
      } catch (error) {
        // The user asked for a running container; a created-but-broken one would be litter they did not choose.
        await container.remove({ force: true, v: true }).catch(() => undefined);
        throw portConflict(error) ?? error;
      }
      onRun(spec);
      return { id, warnings: [] };
    },

    async 'containers.runCommand'({ id }) {
      const info = (await connection.request(`Inspecting ${id}`, (docker) => docker.getContainer(id).inspect())) as unknown as ContainerInspectLike;
      const image = await imageConfig(connection, info.Config?.Image ?? '', (info as { Image?: string }).Image);
      const spec = runSpecFromInspect(info, image, engineDefaults(connection.dialect, info));
      return { command: dockerRunCommand(spec), spec };
    },

    async 'containers.rename'({ id, name }) {
      await connection.request(`Renaming ${id} to ${name}`, (docker) => docker.getContainer(id).rename({ name }));
      return { ok: true };
    },
  };
}

/** A start refused because a host port is taken, worded for people; null for any other failure. */
export function portConflict(error: unknown): BerthError | null {
  const address = error instanceof Error ? takenPortIn(error.message) : null;
  return address
    ? new BerthError('CONFLICT', `Host port ${address} is already in use: choose another port or leave it automatic.`, { port: address })
    : null;
}
