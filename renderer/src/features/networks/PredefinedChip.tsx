import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { PREDEFINED_WHY } from './network-view';

/** The engine's own networks (bridge, host, none) are marked: they cannot be removed. */
export function PredefinedChip() {
  return (
    <Tooltip title={PREDEFINED_WHY}>
      <Chip label="predefined" variant="outlined" sx={{ height: 20, fontSize: 11, color: 'text.secondary', flexShrink: 0 }} />
    </Tooltip>
  );
}
