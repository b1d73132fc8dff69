import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/** V8 shrinks its young generation only when allocation over the last 5 s was low: the quiet must be longer. */
export const RECLAIM_QUIET_MS = 6000;

export interface MemoryReclaimerOptions {
  /** Traffic (bytes in and out) since the last collection that makes one worth it. */
  burstBytes?: number;
  /** How long the traffic must have stopped before collecting (a collection in the middle of a burst is wasted). */
  quietMs?: number;
  /** The collection to run (tests pass their own, and their own clock). */
  collect?: () => void;
  now?: () => number;
}

/**
 * Gives memory back after a burst of client traffic. An idle Node process does not collect garbage: nothing
 * allocates, so no collection is ever due (V8's memory reducer did not run in a minute of measuring). What a
 * burst grew stays resident: V8's young generation at its maximum (two 16 MB semi-spaces), old-space garbage,
 * and the native buffers of large frames, which are freed only when a collection finds their JS wrappers dead.
 * Measured on the web shell after 10,000 fuzz frames: +60 MB RSS, flat for a minute; after the collection
 * below, +12 to +31 MB in seven runs. So once `burstBytes` of traffic have passed and then `quietMs` go by
 * without any, this runs a full collection, as browsers do when a page goes idle.
 */
export class MemoryReclaimer {
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private lastTraffic = 0;
  private readonly burstBytes: number;
  private readonly quietMs: number;
  private readonly collect: () => void;
  private readonly now: () => number;

  constructor(options: MemoryReclaimerOptions = {}) {
    this.burstBytes = options.burstBytes ?? 8 * 1024 * 1024;
    this.quietMs = options.quietMs ?? RECLAIM_QUIET_MS;
    this.collect = options.collect ?? fullCollection;
    this.now = options.now ?? (() => performance.now());
  }

  /** `bytes` went through (a socket read, a reply written). Cheap: called for every chunk. */
  traffic(bytes: number): void {
    this.bytes += bytes;
    this.lastTraffic = this.now();
    if (this.bytes >= this.burstBytes && !this.timer) this.wait(this.quietMs);
  }

  private wait(ms: number): void {
    this.timer = setTimeout(() => {
      const quietFor = this.now() - this.lastTraffic;
      if (quietFor < this.quietMs) {
        this.wait(this.quietMs - quietFor); // still busy: wait out the rest of a quiet period
        return;
      }
      this.timer = undefined;
      this.bytes = 0;
      this.collect();
    }, ms);
    // A pending collection must not keep a process alive that is otherwise done.
    this.timer.unref();
  }

  /** Drops a pending collection (the server closes). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

let gc: (() => void) | undefined;

/**
 * A full, blocking garbage collection. Node offers one only behind `--expose-gc`; set at run time, the flag
 * installs `gc` in contexts made after it, so a fresh context hands it over (as Jest's leak detector does).
 */
export function fullCollection(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
  // Twice: with one pass, one run in seven still ended 51 MB over its start (two passes: +33 and +12 in two runs).
  gc();
}
