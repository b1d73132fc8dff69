import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { CallName } from '../../../../shared/contract/index';

/** The lifecycle actions on containers, each one contract operation taking just the container's id. */
type SimpleAction = 'start' | 'stop' | 'restart' | 'pause' | 'unpause' | 'kill';
export type ContainerAction = SimpleAction | 'remove';

interface ActionSpec {
  op: Extract<CallName, `containers.${string}`>;
  /** Which containers the action makes sense for; buttons for others are hidden or disabled. */
  appliesTo(container: ContainerSummary): boolean;
}

export const actionSpecs: Record<ContainerAction, ActionSpec> = {
  start: {
    op: 'containers.start',
    appliesTo: (c) => c.state === 'created' || c.state === 'exited' || c.state === 'dead',
  },
  stop: {
    op: 'containers.stop',
    appliesTo: (c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting',
  },
  restart: {
    op: 'containers.restart',
    appliesTo: (c) => c.state !== 'removing' && c.state !== 'dead',
  },
  pause: { op: 'containers.pause', appliesTo: (c) => c.state === 'running' },
  unpause: { op: 'containers.unpause', appliesTo: (c) => c.state === 'paused' },
  kill: {
    op: 'containers.kill',
    appliesTo: (c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting',
  },
  remove: { op: 'containers.remove', appliesTo: (c) => c.state !== 'removing' },
};

/*
 * The words: `action.<action>` is the verb on buttons ("Stop"), `inFlight.<action>` what a row says at once
 * while it is in flight ("Stopping…"; the engine's own event follows when it is done), and
 * `action.killWhileStopping` what is said beside Kill while a stop is in flight (in the containers namespace).
 */

export interface RemoveOptions {
  /** Also stop and remove running containers (docker rm -f). */
  force: boolean;
  /** Also remove the containers' anonymous volumes (docker rm -v). */
  volumes: boolean;
}
