import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';

/** A volume's chip saying the engine made it for a container rather than someone naming it. */
export function AnonymousChip() {
  return (
    <Tooltip title="Anonymous: made by the engine for a container (a VOLUME in an image, or -v /path), not named by anyone">
      <Chip label="anonymous" variant="outlined" sx={{ height: 20, fontSize: 11, color: 'text.secondary', flexShrink: 0 }} />
    </Tooltip>
  );
}
