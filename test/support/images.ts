import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../electron/core.js';
import { inProcessCaller } from '../../electron/ipc/in-process-caller.js';
import { Router, type Handlers } from '../../electron/ipc/router.js';
import { imageHandlers } from '../../electron/services/images/handlers.js';
import { imageRecords } from '../../electron/services/trash/image-records.js';
import { TrashStore } from '../../electron/services/trash/store.js';
import { diskUsageHandler } from '../../electron/services/system/df-handler.js';
import type { RegistryAuth } from '../../electron/services/images/registry-auth.js';
import type { EventOf, InputOf, OutputOf } from '../../shared/contract/index.js';
import { startCore } from './core.js';
import { docker, testEnv } from './env.js';

type ImageCall = 'images.list' | 'images.inspect' | 'images.history' | 'images.tag' | 'images.remove' | 'images.prune' | 'system.df';
type ImageStream = 'images.pull' | 'images.push' | 'images.build' | 'images.save' | 'images.load';

/** The test registry's login, as the real credential store would hand it over. */
export const testRegistryAuth: RegistryAuth = async (registry) => {
  const env = testEnv();
  return registry === env.registry ? { username: env.registryUser, password: env.registryPassword, serveraddress: registry } : null;
};

export const noAuth: RegistryAuth = async () => null;

export interface ImageTester {
  core: Core;
  call<K extends ImageCall>(op: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /**
   * Runs a stream to its end; resolves with every event, rejects with the stream's error (which carries the
   * events so far). `onEvent` sees each event as it comes (to cancel at the right moment).
   */
  stream<K extends ImageStream>(op: K, input: InputOf<K>, options?: { signal?: AbortSignal; onEvent?(event: EventOf<K>): void }): Promise<EventOf<K>[]>;
  dispose(): void;
}

/**
 * The images service behind the real router (input validation and output checks on), on the real connection
 * to the test engine, with the registry login the test chooses.
 */
export async function startImages(auth: RegistryAuth = testRegistryAuth): Promise<ImageTester> {
  const core = await startCore();
  // Only the images operations and system.df are called here: the other handlers are not needed (a removed
  // image is kept in the core's own trash folder).
  const records = imageRecords(core.connection, new TrashStore(path.dirname(core.settings.file), () => core.settings.get().trash));
  const handlers = { ...imageHandlers(core.connection, auth, records), ...diskUsageHandler(core.connection) };
  const router = new Router(handlers as unknown as Handlers, { validateOutputs: true });
  return {
    core,
    call: inProcessCaller(router).call,
    async stream(op, input, { signal = new AbortController().signal, onEvent } = {}) {
      const events: unknown[] = [];
      try {
        await router.stream(
          op,
          input,
          (event) => {
            events.push(event);
            onEvent?.(event as never);
          },
          signal,
        );
      } catch (error) {
        Object.assign(error as object, { events });
        throw error;
      }
      return events as never;
    },
    dispose: () => core.dispose(),
  };
}

/** A folder with the given files (contents as text), removed by `dispose`. */
export function makeFolder(files: Record<string, string | Buffer>): { dir: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-images-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Removes images by reference or id, ignoring those already gone (cleanup after a test). */
export async function removeImages(...refs: string[]): Promise<void> {
  for (const ref of refs) await docker('rmi', '-f', ref).catch(() => undefined);
}

/** The image ids the engine lists for a reference filter, e.g. `berth-test-…*`. */
export async function imageIds(reference: string): Promise<string[]> {
  const out = await docker('images', '-q', '--no-trunc', '--filter', `reference=${reference}`);
  return out ? [...new Set(out.split('\n'))] : [];
}
