import type { ComposeModel } from '../../../../shared/contract/compose';
import type { ContainerSummary } from '../../../../shared/contract/containers';

/*
 * What differs between a project's files and what runs: each service's containers from the live list (by the
 * labels compose puts on them), and whether they were made from the configuration the files describe now
 * (compose's own config hash, which it writes on each container it makes).
 */

export const CONFIG_HASH_LABEL = 'com.docker.compose.config-hash';
/** Containers of `compose run`: not the service's own, so they say nothing about whether it is up to date. */
const ONE_OFF_LABEL = 'com.docker.compose.oneoff';

/** `unknown`: the hashes could not be had (no compose tool, a file with errors) or are still coming. */
export type SyncState = 'not-created' | 'up-to-date' | 'out-of-date' | 'unknown';

const isOneOff = (container: ContainerSummary) => container.labels[ONE_OFF_LABEL]?.toLowerCase() === 'true';

/** The containers of a project (one-off `run` containers left out), from the live containers list. */
export function projectContainers(all: readonly ContainerSummary[], project: string): ContainerSummary[] {
  return all.filter((container) => container.composeProject === project && !isOneOff(container));
}

/** The containers of one service of a project. */
export function serviceContainers(all: readonly ContainerSummary[], project: string, service: string): ContainerSummary[] {
  return projectContainers(all, project).filter((container) => container.composeService === service);
}

/** A service's sync state from its containers and the hash compose computes for it from the files now. */
export function syncState(containers: readonly ContainerSummary[], hash: string | undefined): SyncState {
  if (containers.length === 0) return 'not-created';
  if (hash === undefined) return 'unknown';
  return containers.every((container) => container.labels[CONFIG_HASH_LABEL] === hash) ? 'up-to-date' : 'out-of-date';
}

export interface ProjectSummary {
  /** Services with at least one running container. */
  running: number;
  total: number;
  outOfDate: number;
  notCreated: number;
  /** false while the hashes are not known: `outOfDate` then counts nothing. */
  hashesKnown: boolean;
}

/** A project's services at a glance: how many run, how many are out of date or not created. */
export function projectSummary(model: ComposeModel, all: readonly ContainerSummary[], project: string, hashes: Readonly<Record<string, string>> | undefined): ProjectSummary {
  const mine = projectContainers(all, project);
  const summary: ProjectSummary = { running: 0, total: model.services.length, outOfDate: 0, notCreated: 0, hashesKnown: hashes !== undefined };
  for (const service of model.services) {
    const containers = mine.filter((container) => container.composeService === service.name);
    if (containers.some((container) => container.state === 'running')) summary.running++;
    const state = syncState(containers, hashes?.[service.name]);
    if (state === 'out-of-date') summary.outOfDate++;
    if (state === 'not-created') summary.notCreated++;
  }
  return summary;
}
