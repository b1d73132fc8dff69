import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { NetworkSummary } from '../../../../shared/contract/networks';
import { ownedWords } from './network-view';

/** A network the engine or its swarm made (bridge, host, none, ingress, docker_gwbridge) is marked as theirs. */
export function PredefinedChip({ network }: { network: Pick<NetworkSummary, 'name' | 'ownedBecause' | 'driver' | 'scope'> }) {
  const { t } = useTranslation('networks');
  const swarm = network.scope === 'swarm' || network.name === 'docker_gwbridge';
  return (
    <Tooltip title={ownedWords(network, t)}>
      <Chip label={swarm ? t('chip.swarm') : t('chip.engine')} variant="outlined" sx={{ height: 20, fontSize: 11, color: 'text.secondary', flexShrink: 0 }} />
    </Tooltip>
  );
}
