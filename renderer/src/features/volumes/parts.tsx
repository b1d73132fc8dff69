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

/** A small plain table (a volume's users, a network's containers, a container's mounts). */
export const tableSx = (theme: { palette: { divider: string; text: { secondary: string } } }) => ({
  borderCollapse: 'collapse' as const,
  width: '100%',
  fontSize: 13,
  '& th': { textAlign: 'left' as const, fontWeight: 600, fontSize: 12, color: theme.palette.text.secondary, py: 0.75, px: 1, borderBottom: `1px solid ${theme.palette.divider}` },
  '& td': { py: 0.75, px: 1, borderBottom: `1px solid ${theme.palette.divider}`, verticalAlign: 'middle' as const },
});
