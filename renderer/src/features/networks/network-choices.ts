import type { TFunction } from 'i18next';
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
export function networkNote(value: string, networks: readonly NetworkSummary[], t: TFunction): string | undefined {
  const typed = value.trim();
  if (typed === '' || typed === 'bridge') return t('networks:note.defaultBridge');
  if (typed === 'host') return t('networks:note.host');
  if (typed === 'none') return t('networks:note.none');
  if (typed.startsWith('container:')) return t('networks:note.container', { container: typed.slice('container:'.length) || '…' });
  const network = networks.find((candidate) => candidate.name === typed || (typed.length >= 12 && candidate.id.startsWith(typed)));
  if (!network) return t('networks:note.missing', { name: typed });
  if (network.scope === 'swarm' && !network.attachable) return t('networks:note.notAttachable', { name: network.name });
  return network.driver === 'bridge' ? t('networks:note.byName') : undefined;
}
