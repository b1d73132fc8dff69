import type { ContainerSummary } from '../../../../shared/contract/containers';
import { isUp } from '../../lib/container-state';

/*
 * What a removal dialog says and does, from the containers as they are now. A dialog stays open while its
 * containers change (a one-shot job finishes, a service restarts), so it is given ids and reads their rows from
 * the live list on every render: a snapshot taken at the click went on calling a finished job running.
 */

/** The rows of `ids` in the live list, in the order asked; those gone from the engine are left out. */
export function currentContainers(ids: readonly string[], all: readonly ContainerSummary[]): ContainerSummary[] {
  const byId = new Map(all.map((container) => [container.id, container]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Whether the engine removes a container without Force: only when it is not up. `docker rm` refuses a
 * running, paused or restarting one; those are stopped first (Force, or a compose project's removal).
 */
export function removableWithoutForce(container: Pick<ContainerSummary, 'state'>): boolean {
  return !isUp(container);
}

/** How many of the containers are up, so that removing them stops them first. */
export function countUp(containers: readonly Pick<ContainerSummary, 'state'>[]): number {
  return containers.filter(isUp).length;
}
