import type Docker from 'dockerode';
import { BerthError } from '../../../shared/contract/errors.js';
import type { NetworkSummary } from '../../../shared/contract/networks.js';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { swarmInUse } from '../swarm/in-use.js';
import { networkMembers, ownedByEngine, ownerWords, toNetworkSummary } from './summary.js';

type NetworkOps =
  | 'networks.list'
  | 'networks.inspect'
  | 'networks.create'
  | 'networks.remove'
  | 'networks.connect'
  | 'networks.disconnect'
  | 'networks.prune';

const ok = { ok: true } as const;

/** Networks with the containers on them; none is removed from under a container, running or not. */
export function networkHandlers(connection: EngineConnection): HandlerGroup<NetworkOps> {
  // dockerode's network inspect does not pass an abort signal on: a cancelled call only does not start it.
  const inspect = (ref: string, signal?: AbortSignal) => connection.request(`Reading network ${ref}`, (docker) => docker.getNetwork(ref).inspect(), signal);
  const attachedTo = (id: string) => list(connection, [id]).then((rows) => rows[0]?.containers ?? []);

  return {
    async 'networks.list'({ ids }, signal) {
      if (ids && ids.length === 0) return [];
      return list(connection, ids, signal);
    },

    async 'networks.inspect'({ id }, signal) {
      return (await inspect(id, signal)) as unknown as Record<string, unknown>;
    },

    async 'networks.create'({ name, driver, subnet, gateway, internal, attachable, labels }) {
      const created = await connection
        .request(`Creating network ${name}`, (docker) =>
          docker.createNetwork({
            Name: name,
            // Without it, older engines make a second network of the same name.
            CheckDuplicate: true,
            Driver: driver,
            Internal: internal,
            Attachable: attachable,
            EnableIPv6: subnet?.includes(':') ?? false,
            Labels: labels,
            ...(subnet ? { IPAM: { Driver: 'default', Config: [{ Subnet: subnet, ...(gateway ? { Gateway: gateway } : {}) }] } } : {}),
          }),
        )
        .catch((error: unknown) => {
          // The engine says 403 for a subnet already taken; to the user that is a conflict with another network.
          // Docker says "overlaps", Podman "is already used on the host or by another config".
          if (error instanceof BerthError && /overlaps|is already used on the host/i.test(error.message)) {
            throw new BerthError('CONFLICT', `The subnet ${subnet} overlaps the subnet of another network: choose another one.`, error.details);
          }
          throw error;
        });
      const made = await connection.request('Reading the new network', () => created.inspect());
      connection.reportOwnChange('network', 'create', made.Id, { name: made.Name });
      return toNetworkSummary(made, []);
    },

    async 'networks.remove'({ id }) {
      const network = await inspect(id);
      // Said before naming users: even without containers the engine (or the swarm) needs it.
      const owner = ownedByEngine(network);
      if (owner) throw new BerthError('FORBIDDEN', `${network.Name} is ${ownerWords[owner]}, and cannot be removed.`, { owner });
      const members = await attachedTo(network.Id);
      if (members.length > 0) {
        const named = members.map((member) => `${member.name} (${member.state})`).join(', ');
        throw new BerthError(
          'CONFLICT',
          `Network ${network.Name} has ${members.length === 1 ? 'container' : 'containers'} ${named} attached: disconnect or remove ${members.length === 1 ? 'it' : 'them'} first.`,
          { containers: members.map((member) => ({ id: member.id, name: member.name, state: member.state })) },
        );
      }
      await connection.request(`Removing network ${network.Name}`, (docker) => docker.getNetwork(network.Id).remove());
      connection.reportOwnChange('network', 'destroy', network.Id, { name: network.Name });
      return ok;
    },

    async 'networks.connect'({ network: ref, container, ipv4Address, ipv6Address, aliases }) {
      const [network, attached] = await Promise.all([inspect(ref), networksOf(connection, container)]);
      if (attached.includes(network.Name)) throw new BerthError('CONFLICT', `${container} is already connected to network ${network.Name}.`);
      const addresses = ipv4Address || ipv6Address ? { IPAMConfig: { ...(ipv4Address ? { IPv4Address: ipv4Address } : {}), ...(ipv6Address ? { IPv6Address: ipv6Address } : {}) } } : {};
      await connection.request(`Connecting ${container} to network ${network.Name}`, (docker) =>
        docker.getNetwork(network.Id).connect({ Container: container, EndpointConfig: { ...addresses, ...(aliases.length ? { Aliases: aliases } : {}) } }),
      );
      connection.reportOwnChange('network', 'connect', network.Id, { name: network.Name, container });
      return ok;
    },

    async 'networks.disconnect'({ network: ref, container, force }) {
      const [network, attached] = await Promise.all([inspect(ref), networksOf(connection, container)]);
      // The engine's own answer is a 500 with the container's id; say it in the user's words.
      if (!attached.includes(network.Name)) throw new BerthError('CONFLICT', `${container} is not connected to network ${network.Name}.`);
      await connection.request(`Disconnecting ${container} from network ${network.Name}`, (docker) =>
        docker.getNetwork(network.Id).disconnect({ Container: container, Force: force }),
      );
      connection.reportOwnChange('network', 'disconnect', network.Id, { name: network.Name, container });
      return ok;
    },

    async 'networks.prune'({ dryRun, ids }) {
      // A swarm service's network has no local container while its tasks run elsewhere: still in use.
      const swarm = await swarmInUse(connection);
      const unused = (await list(connection)).filter((network) => !network.predefined && network.containers.length === 0 && !swarm.networkIds.has(network.id));
      const candidates = unused.map((network) => ({ id: network.id, name: network.name, driver: network.driver }));
      if (dryRun) return { networks: candidates };
      // Only what the user saw in the preview goes, and only if nothing was attached since.
      const chosen = new Set(ids);
      const removed: typeof candidates = [];
      for (const network of candidates.filter((c) => chosen.has(c.id) || chosen.has(c.id.slice(0, 12)) || chosen.has(c.name))) {
        if ((await attachedTo(network.id)).length > 0) continue;
        try {
          await connection.request(`Removing network ${network.name}`, (docker) => docker.getNetwork(network.id).remove());
          connection.reportOwnChange('network', 'destroy', network.id, { name: network.name });
          removed.push(network);
        } catch (error) {
          // Gone since the preview, or a container started on it (403, active endpoints): not pruned.
          if (!(error instanceof BerthError && ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'].includes(error.code))) throw error;
        }
      }
      return { networks: removed };
    },
  };
}

async function list(connection: EngineConnection, ids?: string[], signal?: AbortSignal): Promise<NetworkSummary[]> {
  const [networks, containers] = await Promise.all([
    connection.request('Listing networks', (docker) => docker.listNetworks({ abortSignal: signal }), signal),
    connection.request('Listing containers', (docker) => docker.listContainers({ all: true, abortSignal: signal }), signal),
  ]);
  const members = networkMembers(containers);
  const { networkName } = connection.dialect;
  const wanted = (network: Docker.NetworkInspectInfo) =>
    !ids || ids.some((ref) => network.Name === ref || networkName(network.Name) === ref || network.Id.startsWith(ref));
  return networks
    .filter(wanted)
    .map((network) => toNetworkSummary(network, members.get(networkName(network.Name)) ?? [], networkName(network.Name)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The names of the networks a container is attached to. */
async function networksOf(connection: EngineConnection, container: string): Promise<string[]> {
  const info = await connection.request(`Inspecting ${container}`, (docker) => docker.getContainer(container).inspect());
  return Object.keys(info.NetworkSettings?.Networks ?? {});
}
