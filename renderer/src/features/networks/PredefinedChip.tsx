import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { NetworkSummary } from '../../../../shared/contract/networks';
import { ownedWords } from './network-view';

/** A network the engine or its swarm made (bridge, host, none, ingress, docker_gwbridge) is marked as theirs. */
export function PredefinedChip({ network }: { network: Pick<NetworkSummary, 'name' | 'ownedBecause' | 'driver' | 'scope'> }) {
  const swarm = network.scope === 'swarm' || network.name === 'docker_gwbridge';
  return (
    <Tooltip title={ownedWords(network)}>
      <Chip label={swarm ? 'swarm' : 'engine'} variant="outlined" sx={{ height: 20, fontSize: 11, color: 'text.secondary', flexShrink: 0 }} />
    </Tooltip>
  );
}
