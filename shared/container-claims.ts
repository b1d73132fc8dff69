import type { ContainerState } from './contract/containers.js';
import type { EngineEvent } from './contract/engine.js';
import { realTimers, type Timers } from './timers.js';

/*
 * What a container event says about the container's state, and whether a row read from the engine afterwards
 * agrees. The engine sends `die` before its own list says so: `GET /containers/json` goes on answering
 * "running" for a few hundred milliseconds (a second on a loaded machine). A row fetched to answer the event
 * may therefore be older than the event, and must not win over it. Used by the renderer's live list and the
 * tray alike.
 */

/** The state an event vouches for, as of the engine's stamp. */
interface Claim {
  action: string;
  timeNano: number;
  /** The states the container may be in after the event; null: the event says nothing about the state. */
  states: readonly ContainerState[] | null;
  /** `die`: how the process ended. */
  exitCode: number | null;
  /** `health_status`: what the health check now says. */
  health: string | null;
}

/** Where a dead process may leave a container: stopped, restarting by its policy, or going (`--rm`). */
const AFTER_DEATH: readonly ContainerState[] = ['exited', 'restarting', 'dead', 'removing'];

const statesAfter: Record<string, readonly ContainerState[]> = {
  create: ['created'],
  start: ['running'],
  restart: ['running'],
  unpause: ['running'],
  pause: ['paused'],
  die: AFTER_DEATH,
  stop: AFTER_DEATH,
};

/** The claim a container event makes, or null for events that say nothing about state (exec, attach, kill, oom…). */
export function claimOf(event: EngineEvent): Claim | null {
  if (event.kind !== 'engine' || event.type !== 'container') return null;
  const exit = event.action === 'die' ? Number(event.attributes.exitCode) : NaN;
  const health = event.action === 'health_status' ? (event.detail ?? null) : null;
  const states = statesAfter[event.action] ?? null;
  if (states === null && health === null) return null;
  return { action: event.action, timeNano: event.timeNano, states, exitCode: Number.isInteger(exit) ? exit : null, health };
}

/** What a row of the containers list carries that a claim can be checked against. */
interface StateRow {
  state: ContainerState;
  status: string;
  exitCode: number | null;
}

const up = (state: ContainerState) => state === 'running' || state === 'paused' || state === 'restarting';

/** The status words the engine writes for a health state: "Up 3 minutes (healthy)", "(health: starting)". */
const healthWords = (health: string) => (health === 'starting' ? '(health: starting)' : `(${health})`);

/**
 * Whether a row read after the event disagrees with it, so that it must be older than the event. A missing
 * row (the list does not have the container) disagrees only with a claim that it is up.
 */
export function contradicts(row: StateRow | undefined, claim: Claim): boolean {
  if (!row) return claim.states !== null && claim.states.every(up);
  if (claim.states && !claim.states.includes(row.state)) return true;
  if (claim.exitCode !== null && row.state === 'exited' && row.exitCode !== claim.exitCode) return true;
  if (claim.health && row.state === 'running' && !row.status.includes(healthWords(claim.health))) return true;
  return false;
}

/**
 * A row as the event says it is now, before the engine's list catches up: a `die` is shown exited with its
 * code at once, a pause paused, and so on. Rows the claim agrees with come back unchanged.
 */
export function applyClaim<R extends StateRow>(row: R, claim: Claim): R {
  if (!contradicts(row, claim)) return row;
  const health = claim.health;
  if (health) return { ...row, status: `${row.status.replace(/ \((healthy|unhealthy|health: \w+)\)$/, '')} ${healthWords(health)}` };
  switch (claim.action) {
    case 'die':
    case 'stop': {
      const code = claim.exitCode ?? row.exitCode ?? 0;
      return { ...row, state: 'exited', exitCode: code, status: `Exited (${code}) Less than a second ago` };
    }
    case 'pause':
      return { ...row, state: 'paused', status: `${row.status} (Paused)` };
    case 'unpause':
      return { ...row, state: 'running', status: row.status.replace(/ \(Paused\)$/, '') };
    case 'start':
    case 'restart':
      return { ...row, state: 'running', exitCode: null, status: 'Up Less than a second' };
    default:
      return row;
  }
}

/** How long to wait before asking the engine again while its list is behind an event: bounded, then it is believed. */
const RECHECK_DELAYS_MS: readonly number[] = [150, 300, 600, 1200, 2400];

/**
 * The latest claim per container, and the rechecks that bring the engine's list in line with them. `accept`
 * says whether a fetched row may be shown; when it contradicts the claim it answers, `recheck(id)` is called
 * again after a backoff (RECHECK_DELAYS_MS), at most that many times; after the last one the engine's row is
 * believed. Nothing is scheduled while nothing contradicts anything: no polling.
 */
export class ClaimTracker {
  readonly #claims = new Map<string, { claim: Claim; attempts: number; timer: unknown }>();
  readonly #recheck: (id: string) => void;
  readonly #timers: Timers;
  readonly #delays: readonly number[];

  constructor(recheck: (id: string) => void, timers: Timers = realTimers, delays: readonly number[] = RECHECK_DELAYS_MS) {
    this.#recheck = recheck;
    this.#timers = timers;
    this.#delays = delays;
  }

  /** A new claim for a container replaces the one before (and its pending recheck). */
  note(id: string, claim: Claim): void {
    const previous = this.#claims.get(id);
    if (previous && previous.claim.timeNano > claim.timeNano) return; // an event that arrived late
    this.#clearTimer(previous);
    this.#claims.set(id, { claim, attempts: 0, timer: undefined });
  }

  claimFor(id: string): Claim | undefined {
    return this.#claims.get(id)?.claim;
  }

  forget(id: string): void {
    this.#clearTimer(this.#claims.get(id));
    this.#claims.delete(id);
  }

  /** Whether a row fetched after the claims noted so far may be shown (see the class comment). */
  accept(id: string, row: StateRow | undefined): boolean {
    const entry = this.#claims.get(id);
    if (!entry) return true;
    if (!contradicts(row, entry.claim) || entry.attempts >= this.#delays.length) {
      this.forget(id);
      return true;
    }
    if (entry.timer === undefined) {
      const delay = this.#delays[entry.attempts]!;
      entry.attempts++;
      entry.timer = this.#timers.setTimeout(() => {
        entry.timer = undefined;
        if (this.#claims.get(id) === entry) this.#recheck(id);
      }, delay);
    }
    return false;
  }

  /** Containers with a recheck pending. */
  get pending(): number {
    let count = 0;
    for (const entry of this.#claims.values()) if (entry.timer !== undefined) count++;
    return count;
  }

  dispose(): void {
    for (const entry of this.#claims.values()) this.#clearTimer(entry);
    this.#claims.clear();
  }

  #clearTimer(entry: { timer: unknown } | undefined): void {
    if (entry?.timer !== undefined) this.#timers.clearTimeout(entry.timer);
    if (entry) entry.timer = undefined;
  }
}
