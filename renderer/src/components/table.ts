import type { Theme } from '@mui/material/styles';

/** A small plain table (a volume's users, a network's containers, a container's mounts). */
export const tableSx = (theme: Theme) => ({
  borderCollapse: 'collapse' as const,
  width: '100%',
  fontSize: 13,
  '& th': { textAlign: 'left' as const, fontWeight: 600, fontSize: 12, color: theme.palette.text.secondary, py: 0.75, px: 1, borderBottom: `1px solid ${theme.palette.divider}` },
  '& td': { py: 0.75, px: 1, borderBottom: `1px solid ${theme.palette.divider}`, verticalAlign: 'middle' as const },
});
