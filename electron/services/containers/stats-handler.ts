import type { Readable } from 'node:stream';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { jsonLines } from '../../util/json-lines.js';
import { toStatsSample, type RawStats } from './stats-sample.js';

/** Stats run only while someone watches: the stream is opened per subscriber and closed on cancel. */
export function statsHandler(connection: EngineConnection): HandlerGroup<'containers.stats'> {
  return {
    async 'containers.stats'({ id }, emit, signal) {
      const stream = (await connection.request(`Reading stats of ${id}`, (docker) =>
        docker.getContainer(id).stats({ stream: true }),
      )) as unknown as Readable;
      await new Promise<void>((resolve, reject) => {
        const stop = () => {
          stream.destroy();
          resolve();
        };
        if (signal.aborted) return stop();
        signal.addEventListener('abort', stop, { once: true });
        const feed = jsonLines<RawStats>((raw) => {
          // The engine sends an all-zero sample for a stopped container; it says nothing.
          if (raw.read && !raw.read.startsWith('0001-')) emit(toStatsSample(raw));
        });
        stream.on('data', feed);
        stream.once('end', () => resolve());
        stream.once('error', (error) => (signal.aborted ? resolve() : reject(error)));
      });
    },
  };
}
