import { z } from 'zod';
import { subnetContains } from '../ip-address.js';
import { ContainerRef, ContainerState } from './containers.js';
import { call } from './define.js';
import { issueWords } from './issue-words.js';

/** A network id (full or a unique prefix) or name. */
export const NetworkRef = z
  .string()
  .min(1, issueWords.networkRefRequired)
  .max(256)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, issueWords.networkRef);

const Subnet = z.union([z.cidrv4(), z.cidrv6()], { error: issueWords.subnet });
const Ip = z.union([z.ipv4(), z.ipv6()], { error: issueWords.ipAddress });

export const NetworkMember = z.object({
  id: z.string(),
  name: z.string(),
  state: ContainerState,
  /** Null while the container is not running (its endpoint exists only then). */
  ipv4Address: z.string().nullable(),
  ipv6Address: z.string().nullable(),
});
export type NetworkMember = z.infer<typeof NetworkMember>;

/** Why a network is the engine's or the swarm's (see NetworkSummary.ownedBecause). */
export const NetworkOwner = z.enum(['predefined', 'routing-mesh', 'gwbridge']);
export type NetworkOwner = z.infer<typeof NetworkOwner>;

export const NetworkSummary = z.object({
  id: z.string(),
  name: z.string(),
  driver: z.string(),
  scope: z.string(),
  /** Seconds since the epoch. */
  created: z.number(),
  internal: z.boolean(),
  attachable: z.boolean(),
  ipv6: z.boolean(),
  /** One entry per address family the network has (IPv4, and IPv6 when enabled). */
  subnets: z.array(z.object({ subnet: z.string(), gateway: z.string().nullable() })),
  labels: z.record(z.string(), z.string()),
  /** Made by the engine or its swarm (bridge, host, none, ingress, docker_gwbridge): never removed or pruned. */
  predefined: z.boolean(),
  /**
   * Why it is the engine's or the swarm's, as a reason the UI words: one of the engine's own (bridge, host, none),
   * the swarm's routing mesh (ingress), the bridge joining the swarm's overlays to this host; null for the user's own.
   */
  ownedBecause: NetworkOwner.nullable(),
  /** Every container attached, running or not. */
  containers: z.array(NetworkMember),
});
export type NetworkSummary = z.infer<typeof NetworkSummary>;

const Ok = z.object({ ok: z.literal(true) });

export const networkOps = {
  'networks.list': call({
    summary:
      'docker network ls with the details people look for: driver, scope, subnets and gateways, internal, and the containers attached (running or not). `ids` narrows the list to those networks (ids or names).',
    input: z.object({ ids: z.array(NetworkRef).max(1000).optional() }).strict(),
    output: z.array(NetworkSummary),
  }),
  'networks.inspect': call({
    summary: 'docker network inspect: the engine’s full JSON for one network.',
    input: z.object({ id: NetworkRef }).strict(),
    output: z.record(z.string(), z.unknown()),
  }),
  'networks.create': call({
    summary:
      'docker network create -d bridge: optional subnet and gateway (IPv4, or IPv6 which enables IPv6), `internal` (no route out), `attachable`, labels. A name in use or a subnet that overlaps another network is a CONFLICT.',
    input: z
      .object({
        name: z.string().min(1).max(255).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, issueWords.networkName),
        driver: z.literal('bridge').default('bridge'),
        subnet: Subnet.optional(),
        gateway: Ip.optional(),
        internal: z.boolean().default(false),
        attachable: z.boolean().default(false),
        labels: z.record(z.string().min(1).max(1024), z.string().max(65536)).default({}),
      })
      .strict()
      .refine((input) => input.gateway === undefined || input.subnet !== undefined, { message: issueWords.gatewayNeedsSubnet, path: ['gateway'] })
      .refine((input) => !input.gateway || !input.subnet || subnetContains(input.subnet, input.gateway), {
        message: issueWords.gatewayInSubnet,
        path: ['gateway'],
      }),
    output: NetworkSummary,
  }),
  'networks.remove': call({
    summary:
      'docker network rm. A network with containers attached (running or not) is refused with CONFLICT naming them in the message and in `details.containers`: disconnect or remove them first.',
    input: z.object({ id: NetworkRef }).strict(),
    output: Ok,
  }),
  'networks.connect': call({
    summary: 'docker network connect, with an optional fixed address and aliases. A container already attached is a CONFLICT.',
    input: z
      .object({
        network: NetworkRef,
        container: ContainerRef,
        ipv4Address: z.ipv4({ error: issueWords.ipv4Address }).optional(),
        ipv6Address: z.ipv6({ error: issueWords.ipv6Address }).optional(),
        aliases: z.array(z.string().min(1).max(255).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, issueWords.hostName)).max(100).default([]),
      })
      .strict(),
    output: Ok,
  }),
  'networks.disconnect': call({
    summary: 'docker network disconnect (`force` for a container that is gone or stuck). A container not attached is a CONFLICT.',
    input: z.object({ network: NetworkRef, container: ContainerRef, force: z.boolean().default(false) }).strict(),
    output: Ok,
  }),
  'networks.prune': call({
    summary:
      'docker network prune, in two steps: `dryRun` lists the networks no container is attached to (running or not; never those the engine or its swarm made, nor a swarm service’s); then `ids` removes exactly those still unused.',
    input: z
      .object({ dryRun: z.boolean().default(false), ids: z.array(NetworkRef).max(10000).optional() })
      .strict()
      .refine((input) => input.dryRun || input.ids !== undefined, 'give the ids from the preview, or dryRun: true'),
    output: z.object({ networks: z.array(z.object({ id: z.string(), name: z.string(), driver: z.string() })) }),
  }),
} as const;
