import type Docker from 'dockerode';
import type { NetworkMember, NetworkOwner, NetworkSummary } from '../../../shared/contract/networks.js';
import { toContainerSummary } from '../containers/summary.js';

/** Made by the engine itself; it refuses to remove them. */
const PREDEFINED = new Set(['bridge', 'host', 'none']);

type RawNetwork = Pick<Docker.NetworkInspectInfo, 'Name' | 'Driver'> & { Ingress?: boolean };

/**
 * Why a network belongs to the engine or its swarm rather than to the user, in words for the user; null for the
 * user's own. No prune offers these and Berth refuses to remove them: the engine lets `ingress` go, and every
 * port a swarm service publishes goes with it.
 */
export function ownedByEngine(raw: RawNetwork): NetworkOwner | null {
  if (PREDEFINED.has(raw.Name)) return 'predefined';
  if (raw.Ingress || (raw.Name === 'ingress' && raw.Driver === 'overlay')) return 'routing-mesh';
  if (raw.Name === 'docker_gwbridge') return 'gwbridge';
  return null;
}

/** main's own sentence for a reason (refusals, which scripts read in English); the UI words the code itself. */
export const ownerWords: Readonly<Record<NetworkOwner, string>> = {
  predefined: 'a pre-defined network of the engine',
  'routing-mesh': 'the swarm’s routing mesh: every port a swarm service publishes goes through it',
  gwbridge: 'the bridge that connects the swarm’s overlay networks to this host',
};

/** `name`: the network's own name (EngineDialect.networkName), where the engine's list calls it otherwise. */
export function toNetworkSummary(raw: Docker.NetworkInspectInfo, members: NetworkMember[], name = raw.Name): NetworkSummary {
  const created = Date.parse(raw.Created);
  return {
    id: raw.Id,
    name,
    driver: raw.Driver,
    scope: raw.Scope,
    created: Number.isFinite(created) ? Math.floor(created / 1000) : 0,
    internal: raw.Internal ?? false,
    attachable: raw.Attachable ?? false,
    ipv6: raw.EnableIPv6 ?? false,
    subnets: (raw.IPAM?.Config ?? [])
      .filter((config) => config.Subnet)
      .map((config) => ({ subnet: config.Subnet ?? '', gateway: config.Gateway || null })),
    labels: raw.Labels ?? {},
    predefined: ownedByEngine(raw) !== null,
    ownedBecause: ownedByEngine(raw),
    containers: members,
  };
}

/**
 * Network name → the containers attached, running or not, from one GET /containers/json?all=1. The engine's
 * own network view lists running containers only (a stopped one has no endpoint), and so does its check
 * before removing a network: Berth counts the stopped ones too, since they would fail to start without it.
 */
export function networkMembers(containers: Docker.ContainerInfo[]): Map<string, NetworkMember[]> {
  const byNetwork = new Map<string, NetworkMember[]>();
  for (const raw of containers) {
    const summary = toContainerSummary(raw);
    for (const [network, endpoint] of Object.entries(raw.NetworkSettings?.Networks ?? {})) {
      const members = byNetwork.get(network) ?? [];
      members.push({
        id: summary.id,
        name: summary.name,
        state: summary.state,
        ipv4Address: endpoint.IPAddress || null,
        ipv6Address: endpoint.GlobalIPv6Address || null,
      });
      byNetwork.set(network, members);
    }
  }
  return byNetwork;
}
