import type { NetworkSummary } from '../../../../shared/contract/networks';
import type { NameChoice } from '../../components/name-choice';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The networks `docker run --network` can name: the user's first, then the engine's own; a swarm overlay
 * only when it was made attachable (the engine refuses the others for a plain container).
 */
export function networkChoices(networks: readonly NetworkSummary[]): NameChoice[] {
  return networks
    .filter((network) => network.scope !== 'swarm' || network.attachable)
    .sort((a, b) => Number(a.predefined) - Number(b.predefined) || collator.compare(a.name, b.name))
    .map((network) => ({ name: network.name, note: `${network.driver} · ${network.scope}` }));
}

/** What the field says under a value: what the engine's own networks mean, or that a name is not there. */
export function networkNote(value: string, networks: readonly NetworkSummary[]): string | undefined {
  const typed = value.trim();
  if (typed === '' || typed === 'bridge') return 'The default bridge: ports published, no names between containers';
  if (typed === 'host') return 'The host’s own network: no isolation, published ports are ignored';
  if (typed === 'none') return 'No network: only loopback';
  if (typed.startsWith('container:')) return `Shares the network of container ${typed.slice('container:'.length) || '…'}`;
  const network = networks.find((candidate) => candidate.name === typed || (typed.length >= 12 && candidate.id.startsWith(typed)));
  if (!network) return `No network named ${typed} on this engine`;
  if (network.scope === 'swarm' && !network.attachable) return `${network.name} is a swarm network not made attachable: a container cannot join it`;
  return network.driver === 'bridge' ? 'Containers on it reach each other by name' : undefined;
}
