import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { CallName } from '../../../../shared/contract/index';

/** The lifecycle actions on containers, each one contract operation taking just the container's id. */
type SimpleAction = 'start' | 'stop' | 'restart' | 'pause' | 'unpause' | 'kill';
export type ContainerAction = SimpleAction | 'remove';

interface ActionSpec {
  op: Extract<CallName, `containers.${string}`>;
  /** The verb on buttons ("Stop"), and in messages ("Could not stop web"). */
  label: string;
  /** Which containers the action makes sense for; buttons for others are hidden or disabled. */
  appliesTo(container: ContainerSummary): boolean;
}

export const actionSpecs: Record<ContainerAction, ActionSpec> = {
  start: {
    op: 'containers.start',
    label: 'Start',
    appliesTo: (c) => c.state === 'created' || c.state === 'exited' || c.state === 'dead',
  },
  stop: {
    op: 'containers.stop',
    label: 'Stop',
    appliesTo: (c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting',
  },
  restart: {
    op: 'containers.restart',
    label: 'Restart',
    appliesTo: (c) => c.state !== 'removing' && c.state !== 'dead',
  },
  pause: { op: 'containers.pause', label: 'Pause', appliesTo: (c) => c.state === 'running' },
  unpause: { op: 'containers.unpause', label: 'Unpause', appliesTo: (c) => c.state === 'paused' },
  kill: {
    op: 'containers.kill',
    label: 'Kill',
    appliesTo: (c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting',
  },
  remove: { op: 'containers.remove', label: 'Remove', appliesTo: (c) => c.state !== 'removing' },
};

/** What a row says at once while an action is in flight (the engine's own event follows when it is done). */
export const inFlightLabels: Record<ContainerAction, string> = {
  start: 'Starting…',
  stop: 'Stopping…',
  restart: 'Restarting…',
  pause: 'Pausing…',
  unpause: 'Unpausing…',
  kill: 'Killing…',
  remove: 'Removing…',
};

/** Said beside Kill while a stop is in flight: waiting is the engine's doing, and it ends by itself. */
export const KILL_WHILE_STOPPING = 'Kill now (the engine asked it to stop and kills it itself when the stop timeout runs out)';

export interface RemoveOptions {
  /** Also stop and remove running containers (docker rm -f). */
  force: boolean;
  /** Also remove the containers' anonymous volumes (docker rm -v). */
  volumes: boolean;
}
