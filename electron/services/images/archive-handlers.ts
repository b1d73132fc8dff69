import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BerthError } from '../../../shared/contract/errors.js';
import type { ArchiveEvent } from '../../../shared/contract/images.js';
import type { EngineConnection } from '../../engine/connection.js';
import { toBerthError } from '../../engine/engine-errors.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { jsonLines } from '../../util/json-lines.js';
import { pumpStream } from '../../util/pump.js';
import { withEngineWords } from './engine-words.js';
import { fileExists } from '../host-files.js';

/** Progress is sent at most this often. */
const PROGRESS_MS = 100;

/** Counts the bytes that pass, and reports them on a timer rather than per chunk. */
function progressCounter(totalBytes: number | null, emit: (event: ArchiveEvent) => void): { counter: Transform; bytes(): number; stop(): void } {
  let bytes = 0;
  let sent = -1;
  const report = () => {
    if (bytes === sent) return;
    sent = bytes;
    emit({ kind: 'progress', bytes, totalBytes });
  };
  const timer = setInterval(report, PROGRESS_MS);
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return {
    counter,
    bytes: () => bytes,
    stop: () => {
      clearInterval(timer);
      report();
    },
  };
}

/** Why a file could not be opened or written, in the contract's terms. */
function fileError(error: unknown, doing: string): BerthError {
  const failure = error as NodeJS.ErrnoException;
  const code = failure.code === 'EACCES' || failure.code === 'EPERM' || failure.code === 'EROFS' ? 'FORBIDDEN' : failure.code === 'ENOENT' ? 'NOT_FOUND' : 'INVALID_INPUT';
  return new BerthError(code, `${doing}: ${failure.message}`, { path: failure.path });
}

export function archiveHandlers(connection: EngineConnection): HandlerGroup<'images.save' | 'images.load'> {
  return {
    async 'images.save'({ images, path: file, overwrite }, emit, signal) {
      const target = path.resolve(file);
      const folder = path.dirname(target);
      const folderStat = await fsp.stat(folder).catch(() => null);
      if (!folderStat) throw new BerthError('INVALID_INPUT', `The folder ${folder} does not exist.`, { path: folder });
      if (!folderStat.isDirectory()) throw new BerthError('INVALID_INPUT', `${folder} is not a folder.`, { path: folder });
      const existing = await fsp.stat(target).catch(() => null);
      if (existing?.isDirectory()) {
        throw new BerthError('INVALID_INPUT', `${target} is a folder: give the name of the tar file to write.`, { path: target });
      }
      if (existing && !overwrite) throw fileExists(target);
      // Every image must exist before anything is written; their sizes make the progress estimate.
      let estimate = 0;
      for (const image of images) {
        const info = await connection.request(`Saving ${image}`, (docker) => docker.getImage(image).inspect());
        estimate += info.Size ?? 0;
      }
      // Written beside the target and renamed at the end: a cancelled or failed save leaves no half file,
      // and never spoils an existing file of that name.
      const partial = path.join(folder, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
      const handle = await fsp.open(partial, 'wx').catch((error: unknown) => {
        throw fileError(error, `Cannot write in ${folder}`);
      });
      const progress = progressCounter(estimate || null, emit);
      try {
        const stream = (await connection.request(`Saving ${images.join(', ')}`, (docker) =>
          // GET /images/get?names=…: in dockerode, but not in its types.
          withEngineWords((docker as unknown as { getImages(options: object): Promise<NodeJS.ReadableStream> }).getImages({ names: images, abortSignal: signal })),
        )) as unknown as Readable;
        await pipeline(stream, progress.counter, handle.createWriteStream(), { signal }).catch((error: unknown) => {
          if (signal.aborted) return;
          throw (error as NodeJS.ErrnoException).syscall ? fileError(error, `Writing ${target}`) : toBerthError(error, 'Saving');
        });
        if (signal.aborted) return;
        await fsp.rename(partial, target);
      } finally {
        progress.stop();
        await handle.close().catch(() => undefined);
        await fsp.rm(partial, { force: true });
      }
      emit({ kind: 'done', path: target, sizeBytes: progress.bytes(), images });
    },

    async 'images.load'({ path: file }, emit, signal) {
      const source = path.resolve(file);
      const stat = await fsp.stat(source).catch(() => null);
      if (!stat) throw new BerthError('NOT_FOUND', `There is no file at ${source}.`, { path: source });
      if (!stat.isFile()) throw new BerthError('INVALID_INPUT', `${source} is not a file.`, { path: source });
      const handle = await fsp.open(source, 'r').catch((error: unknown) => {
        throw fileError(error, `Cannot read ${source}`);
      });
      const progress = progressCounter(stat.size, emit);
      const input = handle.createReadStream().pipe(progress.counter);
      const loaded: string[] = [];
      let failure: string | null = null;
      try {
        const stream = (await connection
          .request(`Loading ${source}`, (docker) => withEngineWords(docker.loadImage(input, { quiet: false, abortSignal: signal })))
          .catch((error: unknown) => {
            // Podman refuses such a file in its answer, where Docker says so in the stream.
            if (error instanceof BerthError && NOT_AN_ARCHIVE.test(error.message)) throw notAnArchive(source, error.message);
            throw error;
          })) as unknown as Readable;
        await pumpStream(
          stream,
          jsonLines<{ stream?: string; error?: string; errorDetail?: { message?: string } }>((line) => {
            const error = line.errorDetail?.message ?? line.error;
            if (error) failure ??= error;
            // Podman names every image of the archive in one line, comma-separated.
            const names = /^Loaded image(?:s| ID)?(?:\(s\))?: (.+)$/.exec(line.stream?.trim() ?? '')?.[1];
            if (names) loaded.push(...names.split(',').map((name) => connection.dialect.imageName(name.trim())));
          }),
          signal,
        ).catch((error: unknown) => {
          throw toBerthError(error, `Loading ${source}`);
        });
      } finally {
        progress.stop();
        input.destroy();
        await handle.close().catch(() => undefined);
      }
      if (signal.aborted) return;
      // The engine's words for a file that is not `docker save` output are about its temp files; say what it means.
      if (failure !== null) throw notAnArchive(source, failure);
      // The engine names loaded images in the archive's manifest order, which `docker save` does not keep stable;
      // sorted, the same archive always reads the same in the UI.
      emit({ kind: 'done', path: source, sizeBytes: stat.size, images: loaded.sort() });
    },
  };
}

/** What the engines say of a file that is not `docker save` output (Docker: a bad tar header; Podman: no format). */
const NOT_AN_ARCHIVE = /invalid tar header|does not match any of the supported image formats/i;

function notAnArchive(source: string, said: string): BerthError {
  // Podman lists why each format it knows failed; the docker-archive line is the one about `docker save` output.
  const reason = /\* docker-archive: (.*)$/m.exec(said)?.[1] ?? said;
  return new BerthError('INVALID_INPUT', `${source} is not an image archive (docker save output): ${reason}`, { path: source });
}
