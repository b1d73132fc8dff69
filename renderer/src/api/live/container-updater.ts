import type { QueryClient } from '@tanstack/react-query';
import type { BerthClient } from '../../../../shared/client';
import { applyClaim, claimOf, ClaimTracker } from '../../../../shared/container-claims';
import type { Timers } from '../../../../shared/timers';
import type { EngineEvent } from '../../../../shared/contract/engine';
import { invalidateOp, opKey, updateOpData } from '../cache';
import { patchContainerList, removeFromContainerList } from './list-patch';

/**
 * Container actions that do not change anything a list row shows. Everything else (create, start, die,
 * stop, kill, pause, unpause, restart, rename, update, health_status, oom, destroy…) refreshes the row.
 */
const QUIET_ACTIONS = new Set([
  'exec_create',
  'exec_start',
  'exec_die',
  'exec_detach',
  'attach',
  'detach',
  'resize',
  'top',
  'archive-path',
  'extract-to-dir',
  'copy',
  'export',
  'commit',
]);

/** Events this close together are answered with one containers.list call. */
const BATCH_MS = 30;
/**
 * Past this many containers in one batch (a compose up, a prune, a script creating hundreds), one full
 * reload is cheaper than asking for each of them, and stays within the contract's limit on `ids`.
 */
const MAX_BATCH_IDS = 200;
/** How long an event is remembered, to catch it being overtaken by a full reload that started before it. */
const REMEMBER_MS = 60_000;

interface ContainerUpdater {
  handle(event: EngineEvent): void;
  dispose(): void;
}

/**
 * Keeps every cached containers.list result live from the engine's events, converging on the engine's truth
 * without polling:
 *  - `destroy` drops the row from the cache at once;
 *  - an event that says what state the container is in (die with its exit code, start, pause, stop…;
 *    shared/container-claims.ts) is shown at once on the cached row;
 *  - every telling event queues the container's id; ids queued within BATCH_MS are fetched with one
 *    `containers.list {all, ids}` call and those rows are patched into (or inserted in, or dropped from)
 *    every cached list. A fetched row that contradicts the event it answers is older than the event (the
 *    engine's list lags its events): it is not shown, and the row is asked for again with a bounded backoff;
 *  - `resync` (events may have been missed) invalidates everything.
 * Ordering: each id carries a counter bumped by every event, and a fetched row is only applied if no newer
 * event for that container came in meanwhile (that newer event is handled on its own). A full reload that
 * was already running when an event came in may overwrite the patch with older data, so such events are
 * fetched again when the reload lands.
 */
export function createContainerUpdater(queryClient: QueryClient, call: BerthClient['call'], timers?: Timers): ContainerUpdater {
  const queued = new Set<string>();
  const eventCount = new Map<string, number>();
  const lastEventAt = new Map<string, number>();
  const reloadStartedAt = new Map<string, number>();
  const claims = new ClaimTracker((id) => enqueue(id), timers);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  function handle(event: EngineEvent): void {
    if (event.kind === 'resync') {
      void queryClient.invalidateQueries();
      return;
    }
    if (event.type !== 'container' || !event.id || QUIET_ACTIONS.has(event.action)) return;
    const id = event.id;
    lastEventAt.set(id, Date.now());
    forgetOldEvents();
    // The inspect view of this container (if cached) is out of date too; only an open one refetches.
    void queryClient.invalidateQueries({ queryKey: opKey('containers.inspect', { id }) });
    if (event.action === 'destroy') {
      eventCount.delete(id); // also voids any fetch in flight for it
      queued.delete(id);
      claims.forget(id);
      const gone = new Set([id]);
      updateOpData(queryClient, 'containers.list', (rows) => removeFromContainerList(rows, gone));
      return;
    }
    const claim = claimOf(event);
    if (claim) {
      claims.note(id, claim);
      updateOpData(queryClient, 'containers.list', (rows) => patchRow(rows, id, (row) => applyClaim(row, claim)));
    }
    eventCount.set(id, (eventCount.get(id) ?? 0) + 1);
    enqueue(id);
  }

  function enqueue(id: string): void {
    if (disposed) return;
    queued.add(id);
    timer ??= setTimeout(() => void flush(), BATCH_MS);
  }

  async function flush(): Promise<void> {
    timer = undefined;
    const ids = [...queued];
    queued.clear();
    if (ids.length === 0 || disposed) return;
    if (ids.length > MAX_BATCH_IDS) {
      void invalidateOp(queryClient, 'containers.list');
      return;
    }
    const asked = new Map(ids.map((id) => [id, eventCount.get(id)]));
    let rows;
    try {
      rows = await call('containers.list', { all: true, ids });
    } catch (error) {
      // The engine or the connection went away; their return resyncs everything, so nothing is lost.
      console.warn('Berth: could not refresh containers after an event', error);
      return;
    }
    if (disposed) return;
    const current = ids.filter((id) => {
      if (eventCount.get(id) === undefined || eventCount.get(id) !== asked.get(id)) return false;
      return claims.accept(id, rows.find((row) => row.id === id));
    });
    if (current.length === 0) return;
    updateOpData(queryClient, 'containers.list', (list, input) => patchContainerList(list, input, current, rows));
  }

  function forgetOldEvents(): void {
    if (lastEventAt.size < 1000) return;
    const cutoff = Date.now() - REMEMBER_MS;
    for (const [id, at] of lastEventAt) if (at < cutoff) lastEventAt.delete(id);
  }

  const unsubscribe = queryClient.getQueryCache().subscribe((cacheEvent) => {
    if (cacheEvent.type !== 'updated' || cacheEvent.query.queryKey[0] !== 'containers.list') return;
    const { action, query } = cacheEvent;
    if (action.type === 'fetch') {
      reloadStartedAt.set(query.queryHash, Date.now());
    } else if (action.type === 'success' && !action.manual) {
      const started = reloadStartedAt.get(query.queryHash);
      reloadStartedAt.delete(query.queryHash);
      if (started === undefined) return;
      for (const [id, at] of lastEventAt) {
        if (at >= started && eventCount.has(id)) enqueue(id);
      }
    }
  });

  return {
    handle,
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      claims.dispose();
      unsubscribe();
    },
  };
}

/** One row changed by `change`, the others kept (the same array when nothing changed). */
function patchRow<R extends { id: string }>(rows: R[], id: string, change: (row: R) => R): R[] {
  let changed = false;
  const next = rows.map((row) => {
    if (row.id !== id) return row;
    const updated = change(row);
    changed ||= updated !== row;
    return updated;
  });
  return changed ? next : rows;
}
