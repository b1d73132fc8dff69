import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { dockerImageId } from '../images/engine-images.js';

/** docker diff and docker commit: what a container changed in its filesystem, and an image made of it. */
export function commitHandlers(connection: EngineConnection): HandlerGroup<'containers.changes' | 'containers.commit'> {
  return {
    async 'containers.changes'({ id }, signal) {
      const changes: unknown = await connection.request(`Reading changes of ${id}`, (docker) => docker.getContainer(id).changes({ abortSignal: signal }), signal);
      // An unchanged container's answer is a JSON null, which docker-modem hands back as raw bytes.
      if (!Array.isArray(changes)) return [];
      const kinds = ['changed', 'added', 'deleted'] as const;
      return (changes as { Path: string; Kind: number }[]).map((change) => ({ path: change.Path, kind: kinds[change.Kind] ?? 'changed' }));
    },

    async 'containers.commit'({ id, repository, tag, author, message, changes, pause }) {
      const result = (await connection.request(`Committing ${id}`, (docker) =>
        docker.getContainer(id).commit({
          ...(repository ? { repo: repository } : {}),
          ...(tag ? { tag } : {}),
          ...(author ? { author } : {}),
          ...(message ? { comment: message } : {}),
          changes,
          pause,
        }),
      )) as { Id?: string; id?: string };
      return { imageId: dockerImageId(result.Id ?? result.id ?? '') };
    },
  };
}
