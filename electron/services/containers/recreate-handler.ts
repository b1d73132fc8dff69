import { randomBytes } from 'node:crypto';
import type Docker from 'dockerode';
import { BerthError } from '../../../shared/contract/errors.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { captureContainer, carryVolumes, createWithNetworks, type CapturedContainer } from './container-capture.js';
import { portConflict } from './run-handlers.js';

/** Hears of the old container once its replacement exists, before it is removed (to keep it in Recently removed). */
export type KeepReplaced = (old: CapturedContainer) => void;

/**
 * Edit → recreate. A container cannot be changed, so it is made again: the old one stopped and renamed aside,
 * the new one created under its name with its anonymous volumes and networks (and started if the old one ran),
 * and only then the old one removed. Any failure on the way puts the old one back as it was.
 */
export function recreateHandler(connection: EngineConnection, keepReplaced: KeepReplaced): HandlerGroup<'containers.recreate'> {
  return {
    async 'containers.recreate'({ id, spec }) {
      const old = await captureContainer(connection, id);
      if (old.autoRemove) {
        throw new BerthError('CONFLICT', `${old.name} was started with --rm: stopping it would remove it, so it cannot be recreated safely. Run a new container instead.`, {
          reason: 'auto-remove',
        });
      }
      const wanted = carryVolumes(old.spec, { ...spec, name: old.name }, old.anonymousVolumes);
      const oldContainer = () => connection.docker().getContainer(old.id);
      const aside = `${old.name}-berth-old-${randomBytes(3).toString('hex')}`;

      if (old.wasRunning) await connection.request(`Stopping ${old.name}`, () => oldContainer().stop());
      let renamed = false;
      let created: Docker.Container | null = null;
      try {
        await connection.request(`Renaming ${old.name} aside`, () => oldContainer().rename({ name: aside }));
        renamed = true;
        created = await createWithNetworks(connection, wanted, old);
        if (old.wasRunning) await connection.request(`Starting the new ${old.name}`, () => created!.start());
      } catch (error) {
        await putBack(connection, old, { created, renamed });
        throw withPutBack(portConflict(error) ?? error, old.name);
      }
      keepReplaced(old);
      await connection.request(`Removing the old ${old.name}`, () => oldContainer().remove({ force: true }));
      return { id: created.id, name: old.name, previousId: old.id, started: old.wasRunning };
    },
  };
}

/** Undoes a recreate that failed half-way: the new container goes, the old one gets its name back and runs again if it ran. */
async function putBack(connection: EngineConnection, old: CapturedContainer, done: { created: Docker.Container | null; renamed: boolean }) {
  // Its volumes are the old container's: never `v`.
  if (done.created) await done.created.remove({ force: true }).catch(() => undefined);
  const container = connection.docker().getContainer(old.id);
  if (done.renamed) await container.rename({ name: old.name }).catch(() => undefined);
  if (old.wasRunning) await container.start().catch(() => undefined);
}

function withPutBack(error: unknown, name: string): unknown {
  if (!(error instanceof BerthError)) return error;
  return new BerthError(error.code, `${error.message} ${name} was put back as it was.`, error.details);
}
