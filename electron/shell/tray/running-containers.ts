import type { EngineEvent } from '../../../shared/contract/engine.js';

/** What an engine event says of a container's running state: true running, false not, null nothing. */
function runningAfter(action: string): boolean | null {
  if (action === 'start' || action === 'unpause' || action === 'restart') return true;
  if (action === 'die' || action === 'stop' || action === 'oom' || action === 'destroy') return false;
  return null;
}

/**
 * The tray's running containers, kept true to the engine's events. Right after a container's `die` event the
 * engine's list still says it runs (for about a second), so a list fetched on the event can contradict it:
 * such a list is not believed, and is asked for again, until the engine agrees with its own event.
 */
export class RunningContainers {
  /** Container id → whether its latest state-naming event says it runs. */
  private readonly lastSaid = new Map<string, boolean>();

  noteEvent(event: EngineEvent): void {
    if (event.kind === 'resync') return this.lastSaid.clear();
    if (event.type !== 'container') return;
    const running = runningAfter(event.action);
    if (running !== null) this.lastSaid.set(event.id, running);
  }

  /** The fetched rows, minus those an event said stopped; `stale` when the fetch contradicted an event. */
  reconcile<T extends { id: string }>(rows: T[]): { rows: T[]; stale: boolean } {
    const listed = new Set(rows.map((row) => row.id));
    const contradicted = (id: string, running: boolean) => listed.has(id) !== running;
    const stale = [...this.lastSaid].some(([id, running]) => contradicted(id, running));
    // Once the engine agrees, the event has nothing more to say.
    for (const [id, running] of this.lastSaid) if (!contradicted(id, running)) this.lastSaid.delete(id);
    return { rows: rows.filter((row) => this.lastSaid.get(row.id) !== false), stale };
  }
}
