import { BerthError } from '../../../shared/contract/errors.js';
import type { RemovalReason, RemovedContainer } from '../../../shared/contract/trash.js';
import type { EngineConnection } from '../../engine/connection.js';
import { captureContainer, carryVolumes, createWithNetworks, type CapturedContainer } from '../containers/container-capture.js';
import { portConflict } from '../containers/run-handlers.js';
import type { StoredContainer, TrashStore } from './store.js';
import { listImages } from '../images/engine-images.js';

/** Removed containers, kept as what recreates them, and made again on request. */
export interface ContainerRecords {
  /** Reads a container and keeps it (call it before removing the container). */
  keep(id: string, reason: RemovalReason): Promise<CapturedContainer>;
  /** Keeps a container already read (a recreate read it before changing anything). */
  keepCaptured(captured: CapturedContainer, reason: RemovalReason): void;
  list(): Promise<RemovedContainer[]>;
  restore(entry: string, name?: string): Promise<{ id: string; name: string; started: boolean }>;
}

export function containerRecords(connection: EngineConnection, store: TrashStore): ContainerRecords {
  const keepCaptured = (captured: CapturedContainer, reason: RemovalReason) => {
    store.add('container', {
      entry: store.newEntry(),
      id: captured.id,
      name: captured.name,
      image: captured.spec.image,
      imageId: captured.imageId,
      removedAt: Date.now(),
      reason,
      wasRunning: captured.wasRunning,
      spec: captured.spec,
      primaryAliases: captured.primaryAliases,
      extraNetworks: captured.extraNetworks,
      anonymousVolumes: captured.anonymousVolumes,
      engine: connection.status.endpoint?.url ?? '',
    });
  };

  return {
    async keep(id, reason) {
      const captured = await captureContainer(connection, id);
      keepCaptured(captured, reason);
      return captured;
    },

    keepCaptured,

    async list() {
      const records = store.list('container');
      if (records.length === 0) return [];
      const [containers, volumes, images] = await Promise.all([
        connection.request('Listing containers', (docker) => docker.listContainers({ all: true })),
        connection.request('Listing volumes', (docker) => docker.listVolumes()),
        listImages(connection),
      ]);
      const names = new Set(containers.flatMap((row) => (row.Names ?? []).map((name) => name.replace(/^\//, ''))));
      const volumeNames = new Set((volumes.Volumes ?? []).map((volume) => volume.Name));
      const imageIds = new Set(images.map((image) => image.Id));
      const tags = new Set(images.flatMap((image) => image.RepoTags ?? []));
      return records.map((record) => ({
        ...record,
        warnings: {
          // A restore creates from the reference the container named, so that is what has to be there.
          imageMissing: !tags.has(withTag(record.image)) && !imageIds.has(record.image) && !imageIds.has(`sha256:${record.image}`),
          missingVolumes: volumesOf(record).filter((name) => !volumeNames.has(name)),
          nameTaken: names.has(record.name),
        },
      }));
    },

    async restore(entry, name) {
      const record = store.get('container', entry);
      if (!record) throw new BerthError('NOT_FOUND', 'That entry is no longer in Recently removed.');
      const target = name ?? record.name;
      // Asked first: the engine checks the image before the name, and "pull it first" would be the wrong advice.
      if (await containerExists(connection, target)) throw nameTaken(target);
      const existing = await connection.request('Listing volumes', (docker) => docker.listVolumes());
      const present = new Set((existing.Volumes ?? []).map((volume) => volume.Name));
      // An anonymous volume that is gone is made anew (empty) rather than under its old hash of a name.
      const spec = carryVolumes(
        record.spec,
        { ...record.spec, name: target },
        record.anonymousVolumes.filter((volume) => present.has(volume.name)),
      );
      let container;
      try {
        container = await createWithNetworks(connection, spec, record);
      } catch (error) {
        throw explainRestoreFailure(error, record, target);
      }
      if (record.wasRunning) {
        try {
          await connection.request(`Starting ${target}`, () => container.start());
        } catch (error) {
          // Half a restore is no restore: the entry stays, and nothing is left that the user did not have.
          await container.remove({ force: true }).catch(() => undefined);
          throw portConflict(error) ?? error;
        }
      }
      store.forget('container', entry);
      return { id: container.id, name: target, started: record.wasRunning };
    },
  };
}

/** The named and anonymous volumes a kept container mounted. */
function volumesOf(record: StoredContainer): string[] {
  const named = record.spec.mounts.filter((mount) => mount.type === 'volume' && mount.source).map((mount) => mount.source);
  return [...new Set([...named, ...record.anonymousVolumes.map((volume) => volume.name)])];
}

/** The list's RepoTags always carry a tag; a reference without one means :latest. */
function withTag(reference: string): string {
  const lastPart = reference.slice(reference.lastIndexOf('/') + 1);
  return lastPart.includes(':') || lastPart.includes('@') ? reference : `${reference}:latest`;
}

function explainRestoreFailure(error: unknown, record: StoredContainer, target: string): unknown {
  if (!(error instanceof BerthError)) return error;
  if (error.code === 'CONFLICT' && /already in use/i.test(error.message)) return nameTaken(target);
  if (error.code === 'NOT_FOUND' && /image/i.test(error.message)) {
    return new BerthError('NOT_FOUND', `The image ${record.image} is not on the engine any more: pull it (or build it) first, then restore.`, {
      reason: 'image-missing',
      image: record.image,
    });
  }
  return error;
}

function nameTaken(target: string): BerthError {
  return new BerthError('CONFLICT', `A container named ${target} already exists: restore it under another name.`, { reason: 'name-taken' });
}

async function containerExists(connection: EngineConnection, name: string): Promise<boolean> {
  const rows = await connection.request('Listing containers', (docker) => docker.listContainers({ all: true, filters: { name: [name] } }));
  // The filter matches parts of names: only the whole name counts.
  return rows.some((row) => (row.Names ?? []).includes(`/${name}`));
}
