import type { ContainerSummary } from '../../../shared/contract/containers';

/** "Up" in the sense of `docker ps` without -a: running, paused or restarting. */
export function isUp(container: Pick<ContainerSummary, 'state'>): boolean {
  return container.state === 'running' || container.state === 'paused' || container.state === 'restarting';
}
