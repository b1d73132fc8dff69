import type { QueryClient } from '@tanstack/react-query';
import type { EngineEvent } from '../../../../shared/contract/engine';
import type { CallName } from '../../../../shared/contract/index';
import { isHelperEvent } from '../../lib/berth-helpers';
import type { Timers } from '../../../../shared/timers';
import { createBurst, type Burst } from '../../lib/burst';
import { invalidateOp } from '../cache';

/*
 * The cached results events cannot patch in place, and which events change them: these are marked stale
 * (those on screen refetch, the others when next shown), once per burst of events. Containers are patched
 * row by row instead (container-updater.ts).
 */

type Engine = Extract<EngineEvent, { kind: 'engine' }>;

/** Container events that change who uses a volume or sits on a network, or what they are called. */
const MEMBERSHIP_ACTIONS = new Set(['create', 'destroy', 'rename']);

/** A container was made, removed or renamed (not one of Berth's helpers): lists of "used by" change. */
function changesMembership(event: Engine): boolean {
  return event.type === 'container' && MEMBERSHIP_ACTIONS.has(event.action) && !isHelperEvent(event);
}

const appearsOrGoes = (event: Engine) => event.action === 'create' || event.action === 'destroy';

interface InvalidationRule {
  ops: readonly CallName[];
  changes(event: Engine): boolean;
  /** The burst: refreshed `quietMs` after the last event, and no later than `maxWaitMs` after the first. */
  quietMs: number;
  maxWaitMs: number;
}

const invalidationRules: readonly InvalidationRule[] = [
  {
    // Image events (pull, tag, untag, delete, load…) carry too little to patch a row; a container made from
    // an image or removed changes its "containers" column. An open image's page refetches its inspect too.
    ops: ['images.list', 'images.inspect'],
    changes: (event) => event.type === 'image' || (event.type === 'container' && appearsOrGoes(event) && !isHelperEvent(event)),
    quietMs: 100,
    maxWaitMs: 1000,
  },
  {
    ops: ['system.df'],
    changes: (event) => event.type === 'image' || ((event.type === 'container' || event.type === 'volume') && appearsOrGoes(event)),
    quietMs: 100,
    maxWaitMs: 1000,
  },
  {
    // A volume made or removed (mount and unmount change nothing listed), or a change of who uses one.
    ops: ['volumes.list'],
    changes: (event) => (event.type === 'volume' ? appearsOrGoes(event) || event.action === 'prune' : changesMembership(event)),
    quietMs: 250,
    maxWaitMs: 2000,
  },
  {
    // Any network event (connect and disconnect come as containers on it start and stop, their addresses
    // changing), or a change of who is on one.
    ops: ['networks.list'],
    changes: (event) => event.type === 'network' || changesMembership(event),
    quietMs: 250,
    maxWaitMs: 2000,
  },
];

interface Invalidator {
  handle(event: EngineEvent): void;
  dispose(): void;
}

/** Applies the rules to a query cache: each rule's operations are invalidated once per burst of its events. */
export function createInvalidator(queryClient: QueryClient, rules: readonly InvalidationRule[] = invalidationRules, timers?: Timers): Invalidator {
  const bursts: Burst[] = rules.map((rule) => createBurst(() => rule.ops.forEach((op) => void invalidateOp(queryClient, op)), rule.quietMs, rule.maxWaitMs, timers));
  return {
    handle(event) {
      rules.forEach((rule, index) => {
        if (event.kind === 'engine' && rule.changes(event)) bursts[index]!.trigger();
      });
    },
    dispose: () => bursts.forEach((burst) => burst.dispose()),
  };
}
