import type { HandlerGroup } from '../../ipc/router.js';
import type { ContainerRecords } from './container-records.js';
import type { ImageRecords } from './image-records.js';
import type { TrashStore } from './store.js';
import type { VolumeTrash } from './volume-trash.js';

type TrashOps = 'trash.list' | 'trash.containers.restore' | 'trash.volumes.restore' | 'trash.forget' | 'trash.empty';

/** Recently removed: one list of what the three keepers hold, restores, and forgetting for good. */
export function trashHandlers(
  store: TrashStore,
  keepers: { containers: ContainerRecords; volumes: VolumeTrash; images: ImageRecords },
): HandlerGroup<TrashOps> {
  return {
    async 'trash.list'() {
      const [containers, volumes, images] = await Promise.all([keepers.containers.list(), keepers.volumes.list(), keepers.images.list()]);
      const { keepDays, volumeBudgetBytes } = store.budget();
      return { containers, volumes, images, keepDays, volumeBudgetBytes, volumeBytesUsed: store.volumeBytes() };
    },

    async 'trash.containers.restore'({ entry, name }) {
      return keepers.containers.restore(entry, name);
    },

    async 'trash.volumes.restore'({ entry, name }) {
      return keepers.volumes.restore(entry, name);
    },

    async 'trash.forget'({ kind, entry }) {
      store.forget(kind, entry);
      return { ok: true };
    },

    async 'trash.empty'() {
      store.empty();
      return { ok: true };
    },
  };
}
