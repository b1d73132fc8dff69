import fs from 'node:fs';
import { PassThrough, Transform } from 'node:stream';
import { BerthError } from '../../../shared/contract/errors.js';
import type { RemovalReason, TrashedVolume } from '../../../shared/contract/trash.js';
import type { OverBudget } from '../../../shared/contract/volumes.js';
import type { EngineConnection } from '../../engine/connection.js';
import { volumeHelpers } from '../volumes/helper.js';
import { exportVolumeTo, unpackIntoVolume } from '../volumes/volume-archive.js';
import type { TrashStore } from './store.js';

/** Removed volumes, kept as archives of their files within the trash's budget, and made again on request. */
export interface VolumeTrash {
  /** Whether a volume of `sizeBytes` would be kept (unmeasured: it is tried, and may turn out not to). */
  fits(sizeBytes: number | null): boolean;
  /**
   * Keeps a volume in the trash, then removes it. Over the budget: refused with CONFLICT (`details.reason`
   * "over-budget", nothing removed), or with `overBudget: 'discard'` removed without being kept. A budget of 0
   * means keeping is off: removed, not kept, not refused.
   */
  remove(name: string, options: { reason: RemovalReason; overBudget: OverBudget }, signal?: AbortSignal): Promise<{ kept: boolean }>;
  list(): Promise<TrashedVolume[]>;
  restore(entry: string, name?: string): Promise<{ name: string }>;
}

export function volumeTrash(connection: EngineConnection, store: TrashStore): VolumeTrash {
  const helpers = volumeHelpers(connection);
  const removeFromEngine = (name: string) => connection.request(`Removing volume ${name}`, (docker) => docker.getVolume(name).remove());

  /** The archive, written to a partial file that never grows past the budget; its size once complete. */
  const archive = async (name: string, partial: string, budgetBytes: number, signal: AbortSignal): Promise<number> => {
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > budgetBytes) {
          done(overBudget(name, bytes, budgetBytes));
          return;
        }
        done(null, chunk);
      },
    });
    await exportVolumeTo(connection, helpers, name, partial, limit, signal);
    return bytes;
  };

  return {
    fits(sizeBytes) {
      const { volumeBudgetBytes } = store.budget();
      return volumeBudgetBytes > 0 && (sizeBytes === null || sizeBytes <= volumeBudgetBytes);
    },

    async remove(name, { reason, overBudget: whenOver }, signal = new AbortController().signal) {
      const info = await connection.request(`Reading volume ${name}`, (docker) => docker.getVolume(name).inspect());
      const { volumeBudgetBytes } = store.budget();
      if (volumeBudgetBytes <= 0) {
        await removeFromEngine(name);
        return { kept: false };
      }
      const entry = store.newEntry();
      const partial = store.partialVolumeArchive(entry);
      let sizeBytes: number;
      try {
        sizeBytes = await archive(name, partial, volumeBudgetBytes, signal);
      } catch (error) {
        fs.rmSync(partial, { force: true });
        if (!(isOverBudget(error) && whenOver === 'discard')) throw error;
        await removeFromEngine(name);
        return { kept: false };
      }
      // Kept before it is removed: a crash in between leaves an entry of a volume that still exists (shown as
      // "name taken"), never a removed volume with nothing kept.
      store.makeRoomFor(sizeBytes);
      store.commitVolume({ entry, name, driver: info.Driver, labels: info.Labels ?? {}, sizeBytes, removedAt: Date.now(), reason }, partial);
      try {
        await removeFromEngine(name);
      } catch (error) {
        // Still there (mounted since, say): nothing was removed, so nothing is kept.
        store.forget('volume', entry);
        throw error;
      }
      return { kept: true };
    },

    async list() {
      const records = store.list('volume');
      if (records.length === 0) return [];
      const volumes = await connection.request('Listing volumes', (docker) => docker.listVolumes());
      const names = new Set((volumes.Volumes ?? []).map((volume) => volume.Name));
      return records.map((record) => ({ ...record, nameTaken: names.has(record.name) }));
    },

    async restore(entry, name) {
      const record = store.get('volume', entry);
      if (!record) throw new BerthError('NOT_FOUND', 'That volume is no longer in Recently removed.');
      const target = name ?? record.name;
      const existing = await connection.request('Listing volumes', (docker) => docker.listVolumes());
      if ((existing.Volumes ?? []).some((volume) => volume.Name === target)) {
        throw new BerthError('CONFLICT', `A volume named ${target} already exists: restore it under another name.`, { reason: 'name-taken' });
      }
      // Driver options were not kept: they may name storage that is not there any more (an NFS export, a device).
      await connection.request(`Creating volume ${target}`, (docker) => docker.createVolume({ Name: target, Driver: record.driver, Labels: record.labels }));
      try {
        await unpackIntoVolume(connection, helpers, target, store.volumeArchive(entry), new PassThrough(), new AbortController().signal);
      } catch (error) {
        // The entry stays; the half-filled volume holds nothing the user had.
        await removeFromEngine(target).catch(() => undefined);
        throw error;
      }
      store.forget('volume', entry);
      return { name: target };
    },
  };
}

/** The archive passed `budgetBytes` while it was being written (`sizeBytes` so far: the volume holds at least that). */
function overBudget(name: string, sizeBytes: number, budgetBytes: number): BerthError {
  const mb = (bytes: number) => `${Math.ceil(bytes / 1_000_000)} MB`;
  return new BerthError(
    'CONFLICT',
    `Volume ${name} is larger than the trash keeps (${mb(budgetBytes)}): it would be removed without a way back. Remove it anyway, or raise the trash's size in Settings.`,
    { reason: 'over-budget', sizeBytes, budgetBytes },
  );
}

function isOverBudget(error: unknown): boolean {
  return error instanceof BerthError && (error.details as { reason?: string } | undefined)?.reason === 'over-budget';
}
