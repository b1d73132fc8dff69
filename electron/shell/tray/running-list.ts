import { claimOf, ClaimTracker } from '../../../shared/container-claims.js';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import type { EngineEvent } from '../../../shared/contract/engine.js';
import type { Disposable } from '../../util/emitter.js';

export interface RunningListOptions {
  /** containers.list with all: false (the running and paused ones). */
  list(): Promise<ContainerSummary[]>;
  onChange(running: ContainerSummary[]): void;
  /** Events come in bursts (create, attach, start…): one list call per burst. */
  burstMs?: number;
}

/**
 * The tray's running containers, kept from the engine's events without polling. A list fetched right after a
 * `die` can still show the container running (the engine's list lags its events); such a row is not believed
 * and the list is asked for again with a backoff (shared/container-claims.ts, as the renderer's live list does).
 */
export function runningList({ list, onChange, burstMs = 150 }: RunningListOptions): Disposable & { handle(event: EngineEvent): void; refresh(delayMs?: number): void } {
  let timer: NodeJS.Timeout | null = null;
  let disposed = false;
  const claims = new ClaimTracker(() => refresh(0));

  function refresh(delayMs = burstMs): void {
    if (disposed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      timer = null;
      let rows: ContainerSummary[];
      try {
        rows = await list();
      } catch {
        rows = []; // the engine is away: nothing runs that Berth can show
      }
      if (!disposed) onChange(rows.filter((row) => claims.accept(row.id, row)));
    }, delayMs);
  }

  return {
    handle(event) {
      if (event.kind === 'resync') {
        claims.dispose();
        return refresh();
      }
      if (event.type !== 'container') return;
      if (event.action === 'destroy') claims.forget(event.id);
      const claim = claimOf(event);
      if (claim) claims.note(event.id, claim);
      refresh();
    },
    refresh,
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      claims.dispose();
    },
  };
}
