import type Docker from 'dockerode';
import type { Readable } from 'node:stream';
import { BerthError } from '../../../shared/contract/errors.js';
import type { TransferEvent } from '../../../shared/contract/images.js';
import { imageRef, type ImageRef } from '../../../shared/image-ref.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { jsonLines } from '../../util/json-lines.js';
import { pumpStream } from '../../util/pump.js';
import { authConfigFor, type RegistryAuth } from './registry-auth.js';
import { withEngineWords } from './engine-words.js';
import { registryDigest } from './registry-digest.js';
import { registryError } from './registry-errors.js';
import { TransferProgress, type ProgressLine } from './transfer-progress.js';

/** Byte counts are sent at most this often: the engine writes a line per chunk of every layer. */
const PROGRESS_MS = 100;

/**
 * Reads a pull or push stream to its end: progress folded and sent on a timer, status lines passed on, and an
 * error event inside the stream (how registries refuse) thrown as the contract's error.
 */
async function follow(
  stream: Readable,
  progress: TransferProgress,
  emit: (event: TransferEvent) => void,
  signal: AbortSignal,
  what: string,
  registry: string,
): Promise<void> {
  let dirty = false;
  let failure: string | null = null;
  const send = () => {
    if (!dirty) return;
    dirty = false;
    emit(progress.snapshot());
  };
  const timer = setInterval(send, PROGRESS_MS);
  try {
    await pumpStream(
      stream,
      jsonLines<ProgressLine>((line) => {
        const error = line.errorDetail?.message ?? line.error;
        if (error) {
          failure ??= error;
          return;
        }
        const change = progress.update(line);
        if (change === null) return;
        dirty = true;
        if (typeof change === 'object') {
          send(); // keep the order: the layers' state before the words that follow it
          emit({ kind: 'status', text: change.message });
        } else if (change === 'phase') {
          send(); // a layer starting, finishing or moving on is worth a frame at once; bytes wait for the timer
        }
      }),
      signal,
    );
  } finally {
    clearInterval(timer);
  }
  if (signal.aborted) return;
  if (failure === null && progress.hasLayers) {
    progress.finish();
    dirty = true;
  }
  send();
  if (failure !== null) {
    const error = registryError(new Error(failure), what);
    throw error.code === 'UNAUTHORIZED'
      ? new BerthError('UNAUTHORIZED', `${what}: ${registry} refused: ${failure}. Log in to ${registry} and try again.`, { registry })
      : error;
  }
}

export function transferHandlers(connection: EngineConnection, auth: RegistryAuth): HandlerGroup<'images.pull' | 'images.push'> {
  /** A pull or push request, its failure before any progress mapped like the in-stream ones. */
  const open = async (ref: ImageRef, what: string, run: (docker: Docker, authconfig: Docker.AuthConfig) => Promise<unknown>): Promise<Readable> => {
    const authconfig = await authConfigFor(auth, ref.registry);
    try {
      return (await connection.request(what, (docker) => withEngineWords(run(docker, authconfig)))) as Readable;
    } catch (error) {
      const mapped = registryError(error, what);
      if (mapped.code !== 'UNAUTHORIZED') throw mapped;
      throw new BerthError('UNAUTHORIZED', `${mapped.message}. Log in to ${ref.registry} and try again.`, { registry: ref.registry });
    }
  };

  return {
    async 'images.pull'({ reference, platform }, emit, signal) {
      const ref = imageRef(reference);
      const what = `Pulling ${ref.familiar}`;
      // With both a tag and a digest, the digest decides what is pulled (as the CLI does).
      const tag = ref.digest ?? ref.tag ?? 'latest';
      const stream = await open(ref, what, (docker, authconfig) =>
        docker.createImage(authconfig, { fromImage: ref.familiarName, tag, ...(platform ? { platform } : {}), abortSignal: signal }),
      );
      const progress = new TransferProgress('pull');
      await follow(stream, progress, emit, signal, what, ref.registry);
      if (signal.aborted) return;
      const local = ref.digest ? `${ref.familiarName}@${ref.digest}` : `${ref.familiarName}:${tag}`;
      const info = await connection.request(`Inspecting ${local}`, (docker) => docker.getImage(local).inspect());
      emit({ kind: 'done', reference: ref.familiar, digest: progress.digest ?? (await registryDigest(ref, auth)), imageId: info.Id });
    },

    async 'images.push'({ reference }, emit, signal) {
      const ref = imageRef(reference);
      const tag = ref.tag ?? 'latest';
      const local = `${ref.familiarName}:${tag}`;
      const what = `Pushing ${local}`;
      // The engine would say so inside the stream, after contacting the registry; say it plainly first.
      const info = await connection.request(`Inspecting ${local}`, (docker) => docker.getImage(local).inspect()).catch((error: unknown) => {
        if (error instanceof BerthError && error.code === 'NOT_FOUND') {
          throw new BerthError('NOT_FOUND', `There is no local image ${local} to push: tag an image with that name first.`);
        }
        throw error;
      });
      const stream = await open(ref, what, (docker, authconfig) => docker.getImage(ref.familiarName).push({ tag, authconfig, abortSignal: signal }));
      const progress = new TransferProgress('push');
      await follow(stream, progress, emit, signal, what, ref.registry);
      if (signal.aborted) return;
      emit({ kind: 'done', reference: local, digest: progress.digest, imageId: info.Id });
    },
  };
}
