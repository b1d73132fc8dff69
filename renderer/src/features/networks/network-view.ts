import type { TFunction } from 'i18next';
import type { InputOf } from '../../../../shared/contract/index';
import { networkOps, type NetworkMember, type NetworkOwner, type NetworkSummary } from '../../../../shared/contract/networks';
import type { LiveStates } from '../../lib/live-states';
import { issueProblem } from '../../api/zod-issues';

/** The networks page's one list query; kept current by engine events (api/live). */
export const ALL_NETWORKS = {};

export type NetworkSortKey = 'name' | 'driver' | 'scope' | 'subnet' | 'created' | 'containers';
export interface NetworkSort {
  key: NetworkSortKey;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function subnetText(network: NetworkSummary): string {
  return network.subnets.map((s) => s.subnet).join(', ');
}

export function gatewayText(network: NetworkSummary): string {
  return network.subnets.flatMap((s) => (s.gateway ? [s.gateway] : [])).join(', ');
}

function matchesNetwork(network: NetworkSummary, query: string): boolean {
  if (!query) return true;
  return (
    network.name.toLowerCase().includes(query) ||
    network.id.startsWith(query) ||
    network.driver.toLowerCase().includes(query) ||
    subnetText(network).includes(query) ||
    network.containers.some((member) => member.name.toLowerCase().includes(query))
  );
}

/** The networks as the page shows them: searched (name, id, driver, subnet, containers) and sorted; ties by name. */
export function buildNetworkView(all: readonly NetworkSummary[], search: string, sort: NetworkSort): NetworkSummary[] {
  const query = search.trim().toLowerCase();
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byKey = (a: NetworkSummary, b: NetworkSummary): number => {
    switch (sort.key) {
      case 'name':
        return collator.compare(a.name, b.name);
      case 'driver':
        return collator.compare(a.driver, b.driver);
      case 'scope':
        return collator.compare(a.scope, b.scope);
      case 'subnet':
        return collator.compare(subnetText(a), subnetText(b));
      case 'created':
        return a.created - b.created;
      case 'containers':
        return a.containers.length - b.containers.length;
    }
  };
  return all
    .filter((network) => matchesNetwork(network, query))
    .sort((a, b) => {
      // Networks without a subnet (host, none) come last, whichever the direction.
      if (sort.key === 'subnet' && !a.subnets.length !== !b.subnets.length) return a.subnets.length ? -1 : 1;
      return sign * byKey(a, b) || collator.compare(a.name, b.name);
    });
}

export function nextNetworkSort(current: NetworkSort, key: NetworkSortKey): NetworkSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'created' || key === 'containers' ? 'desc' : 'asc' };
}

/** A network's members with names and states as the live containers list has them now. */
export function currentMembers(network: NetworkSummary, live?: LiveStates): NetworkMember[] {
  return network.containers.map((member) => {
    const now = live?.get(member.id);
    return now && (now.state !== member.state || now.name !== member.name) ? { ...member, name: now.name, state: now.state } : member;
  });
}

/** Why a network cannot take a container by `docker network connect`, or null when it can. */
export function connectRefusal(network: Pick<NetworkSummary, 'name' | 'driver'>, t: TFunction): string | null {
  if (network.driver === 'host') return t('networks:refusal.host');
  if (network.driver === 'null') return t('networks:refusal.none');
  return null;
}

/** The message key of each reason main gives for a network being the engine's or the swarm's. */
const OWNED_REASONS: Readonly<Record<NetworkOwner, string>> = {
  predefined: 'networks:owned.predefined',
  'routing-mesh': 'networks:owned.routingMesh',
  gwbridge: 'networks:owned.gwbridge',
};

/** Why a network of the engine's or the swarm's is never removed, naming what it is for. */
export function ownedWords(network: Pick<NetworkSummary, 'name' | 'ownedBecause'>, t: TFunction): string {
  const reason = network.ownedBecause;
  return t('networks:owned.text', { name: network.name, because: t(reason === null ? 'networks:owned.engineOwn' : OWNED_REASONS[reason]) });
}

export interface CreateNetworkForm {
  name: string;
  subnet: string;
  gateway: string;
  internal: boolean;
  attachable: boolean;
}

export const emptyCreateNetworkForm = (): CreateNetworkForm => ({ name: '', subnet: '', gateway: '', internal: false, attachable: false });

/** The create dialog's input, checked with the contract's schema (CIDR, a gateway inside its subnet…); issues by field. */
export function checkCreateNetwork(form: CreateNetworkForm, t: TFunction): { input: InputOf<'networks.create'>; issues: ReadonlyMap<string, string> } {
  const input: InputOf<'networks.create'> = { name: form.name.trim(), driver: 'bridge', internal: form.internal, attachable: form.attachable };
  if (form.subnet.trim()) input.subnet = form.subnet.trim();
  if (form.gateway.trim()) input.gateway = form.gateway.trim();
  const issues = new Map<string, string>();
  const parsed = networkOps['networks.create'].input.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'name');
      if (!issues.has(key)) issues.set(key, key === 'name' && !input.name ? t('networks:issues.nameRequired') : issueProblem(issue, t));
    }
  }
  return { input, issues };
}

export interface ConnectForm {
  container: string;
  ipv4Address: string;
  aliases: string;
}

/** The connect dialog's input, checked with the contract's schema; aliases are separated by spaces or commas. */
export function checkConnect(network: string, form: ConnectForm, t: TFunction): { input: InputOf<'networks.connect'>; issues: ReadonlyMap<string, string> } {
  const aliases = form.aliases.split(/[\s,]+/).filter(Boolean);
  const input: InputOf<'networks.connect'> = { network, container: form.container.trim(), aliases };
  if (form.ipv4Address.trim()) input.ipv4Address = form.ipv4Address.trim();
  const issues = new Map<string, string>();
  const parsed = networkOps['networks.connect'].input.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'container');
      if (!issues.has(key)) issues.set(key, key === 'container' && !input.container ? t('networks:issues.chooseContainer') : issueProblem(issue, t));
    }
  }
  return { input, issues };
}
