import type Docker from 'dockerode';
import type { EngineConnection } from '../../engine/connection.js';

/**
 * What a swarm still needs on this node: the services that exist and the networks they use. A prune must leave
 * both alone — a service's task containers (the swarm keeps them as its task history and replaces them itself)
 * and a service's overlay networks, which have no local container while its tasks run elsewhere.
 */
export interface SwarmInUse {
  /** False when the engine is in no swarm: nothing below applies. */
  active: boolean;
  /**
   * The ids of the services that exist; null on a worker node, which cannot list them: then every task
   * container counts as still needed.
   */
  serviceIds: Set<string> | null;
  /** The ids of the networks the services are attached to (empty on a worker, where tasks hold them anyway). */
  networkIds: Set<string>;
}

interface SwarmInfo {
  Swarm?: { LocalNodeState?: string; ControlAvailable?: boolean };
}

export async function swarmInUse(connection: EngineConnection): Promise<SwarmInUse> {
  const info = (await connection.request('Reading the engine’s swarm state', (docker) => docker.info())) as SwarmInfo;
  if (info.Swarm?.LocalNodeState !== 'active') return { active: false, serviceIds: new Set(), networkIds: new Set() };
  if (!info.Swarm.ControlAvailable) return { active: true, serviceIds: null, networkIds: new Set() };
  const services = (await connection.request('Listing the swarm’s services', (docker) => docker.listServices())) as Docker.Service[];
  const networkIds = new Set<string>();
  for (const service of services) {
    for (const network of service.Spec?.TaskTemplate?.Networks ?? []) if (network.Target) networkIds.add(network.Target);
    for (const vip of service.Endpoint?.VirtualIPs ?? []) if (vip.NetworkID) networkIds.add(vip.NetworkID);
  }
  return { active: true, serviceIds: new Set(services.map((service) => service.ID)), networkIds };
}

const SERVICE_LABEL = 'com.docker.swarm.service.id';

/** True for a container a swarm service still owns (see SwarmInUse.serviceIds). */
export function isServiceTask(labels: Record<string, string> | undefined, inUse: SwarmInUse): boolean {
  const service = labels?.[SERVICE_LABEL];
  if (!service || !inUse.active) return false;
  return inUse.serviceIds === null || inUse.serviceIds.has(service);
}
