import type { BerthClient } from '../../../../../shared/client';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { isImageId } from '../../../../../shared/image-ref';

/**
 * "Update image": each container's image reference pulled once (several containers of one image share the
 * pull), and the container's image id compared with what the reference names afterwards.
 */
export type UpdateState =
  /** Its reference is being pulled. */
  | 'checking'
  /** The reference names the image the container runs. */
  | 'current'
  /** The reference names a newer image: a recreate would run it. */
  | 'available'
  /** Made from an image id, not a reference: nothing to pull. */
  | 'not-pullable'
  | 'failed'
  | 'recreating'
  | 'updated';

export interface UpdateRow {
  id: string;
  name: string;
  image: string;
  imageId: string;
  state: UpdateState;
  /** The image id the reference names now (after the pull). */
  newImageId: string | null;
  error: unknown;
}

export function initialRows(containers: readonly Pick<ContainerSummary, 'id' | 'name' | 'image' | 'imageId'>[]): UpdateRow[] {
  return containers.map((c) => ({
    id: c.id,
    name: c.name,
    image: c.image,
    imageId: c.imageId,
    state: isImageId(c.image) ? 'not-pullable' : 'checking',
    newImageId: null,
    error: null,
  }));
}

/** A row once its reference's pull ended: with the image id it gave, or the pull's failure. */
export function afterPull(row: UpdateRow, outcome: { imageId: string | null } | { error: unknown }): UpdateRow {
  if ('error' in outcome) return { ...row, state: 'failed', error: outcome.error };
  if (!outcome.imageId) return { ...row, state: 'failed', error: null };
  return { ...row, newImageId: outcome.imageId, state: outcome.imageId === row.imageId ? 'current' : 'available' };
}

/** Pulls a reference to its end; resolves with the image id the engine has for it then. */
export function pullImage(client: BerthClient, reference: string): { done: Promise<string | null>; cancel(): void } {
  let cancel = () => {};
  const done = new Promise<string | null>((resolve, reject) => {
    let imageId: string | null = null;
    cancel = client.stream(
      'images.pull',
      { reference },
      {
        onEvent(event) {
          if (event.kind === 'done') imageId = event.imageId;
        },
        onEnd(error) {
          if (error) reject(error);
          else resolve(imageId);
        },
      },
    );
  });
  return { done, cancel: () => cancel() };
}

/** Recreates a container on what its reference names now: its own spec, unchanged (the engine resolves the tag anew). */
export async function recreateOnNewImage(client: BerthClient, id: string): Promise<void> {
  const { spec } = await client.call('containers.runCommand', { id });
  await client.call('containers.recreate', { id, spec });
}
