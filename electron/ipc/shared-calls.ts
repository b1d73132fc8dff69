/**
 * Calls that only read, whose identical copies in flight may share one run: 200 windows or scripts asking for
 * `engine.info` at once cost the engine one request, not 200. Only reads belong here; a call that changes
 * anything must run once per request.
 */
export const SHAREABLE_CALLS: ReadonlySet<string> = new Set([
  'engine.info',
  'engines.list',
  'containers.list',
  'containers.inspect',
  'containers.changes',
  'containers.files.list',
  'images.list',
  'images.inspect',
  'images.history',
  'volumes.list',
  'volumes.inspect',
  'volumes.files.list',
  'networks.list',
  'networks.inspect',
  'registries.list',
  'system.df',
  'settings.get',
  'host.info',
]);

/**
 * A run older than this is not joined: a request that never returns (an engine stuck mid-restart) must not hold
 * every later identical call with it; those start a run of their own.
 */
const JOIN_WINDOW_MS = 5_000;

interface Run {
  startedAt: number;
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

/**
 * Joins identical calls while one is running. A caller that cancels while others still wait on the run stops
 * waiting at once (rejected with its signal's reason) and the run goes on for them; only when every caller
 * that joined has cancelled is the run itself aborted, and that last caller's answer waits for the run to wind
 * down (a helper container to be removed), so nothing of it is left running once it is answered. An aborted
 * run is never joined: a later caller starts a run of its own.
 */
export class SharedCalls {
  private readonly runs = new Map<string, Run>();

  run(key: string, signal: AbortSignal, start: (signal: AbortSignal) => Promise<unknown>): Promise<unknown> {
    let run = this.runs.get(key);
    if (run && (Date.now() - run.startedAt > JOIN_WINDOW_MS || run.controller.signal.aborted)) run = undefined;
    if (!run) {
      const controller = new AbortController();
      const promise = start(controller.signal).finally(() => {
        if (this.runs.get(key) === run) this.runs.delete(key);
      });
      run = { startedAt: Date.now(), promise, controller, waiting: 0 };
      this.runs.set(key, run);
    }
    const joined = run;
    joined.waiting++;
    return new Promise((resolve, reject) => {
      const leave = () => {
        if (--joined.waiting === 0) joined.controller.abort(signal.reason);
        else reject(signal.reason);
      };
      if (signal.aborted) leave();
      else signal.addEventListener('abort', leave, { once: true });
      joined.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }

  get inFlight(): number {
    return this.runs.size;
  }
}
