import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

/** A bordered, scrolling list of the things a dialog is about (what a prune removes, who uses a volume). */
export function ItemList({ label, maxHeight = 260, children }: { label: string; maxHeight?: number; children: ReactNode }) {
  return (
    <Box component="ul" aria-label={label} sx={{ m: 0, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight, overflow: 'auto' }}>
      {children}
    </Box>
  );
}

/** One line of an ItemList: its parts side by side, a hairline between lines. */
export function Item({ children, sx }: { children: ReactNode; sx?: SxProps<Theme> }) {
  return (
    <Box component="li" sx={[{ display: 'flex', alignItems: 'center', gap: 1.5, px: 1.5, py: 0.75, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }, ...(Array.isArray(sx) ? sx : [sx])]}>
      {children}
    </Box>
  );
}
