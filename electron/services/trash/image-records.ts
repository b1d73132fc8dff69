import type { RemovalReason, RemovedImage } from '../../../shared/contract/trash.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { TrashStore } from './store.js';
import { listImages } from '../images/engine-images.js';

/** What is known of an image just before it is removed. */
export interface ImageBeforeRemoval {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Size?: number;
}

/**
 * Removed images that a registry still holds, kept as the reference that pulls them again. An image with no
 * registry digest exists nowhere else: nothing here could bring it back (its remove dialog offers a save).
 */
export interface ImageRecords {
  /** Keeps a deleted image's reference when a registry has it; answers whether it did. */
  keep(image: ImageBeforeRemoval, reason: RemovalReason): boolean;
  list(): Promise<RemovedImage[]>;
}

export function imageRecords(connection: EngineConnection, store: TrashStore): ImageRecords {
  return {
    keep(image, reason) {
      const pullReference = pullReferenceOf(image);
      if (!pullReference) return false;
      store.add('image', {
        entry: store.newEntry(),
        imageId: image.Id,
        tags: (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
        pullReference,
        sizeBytes: image.Size ?? 0,
        removedAt: Date.now(),
        reason,
      });
      return true;
    },

    async list() {
      const records = store.list('image');
      if (records.length === 0) return [];
      const images = await listImages(connection);
      const present = new Set(images.map((image) => image.Id));
      return records.map((record) => ({ ...record, present: present.has(record.imageId) }));
    },
  };
}

/**
 * A tag whose repository the registry gave a digest for (what the user knew it by), else repository@digest;
 * null when no registry holds the image.
 */
export function pullReferenceOf(image: ImageBeforeRemoval): string | null {
  const digests = (image.RepoDigests ?? []).filter((digest) => !digest.startsWith('<none>'));
  if (digests.length === 0) return null;
  const repositories = new Set(digests.map((digest) => digest.slice(0, digest.lastIndexOf('@'))));
  const tag = (image.RepoTags ?? []).find((candidate) => repositories.has(candidate.slice(0, candidate.lastIndexOf(':'))));
  return tag ?? digests[0] ?? null;
}
