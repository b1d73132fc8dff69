import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { monoFont } from './theme';

/** Preformatted code on the theme's code surface (commands, JSON): wraps long words, scrolls past `maxHeight`. */
export function CodeBlock({ children, maxHeight, sx, ...rest }: { children: ReactNode; maxHeight?: number; sx?: SxProps<Theme>; 'aria-label'?: string; 'aria-labelledby'?: string; 'data-testid'?: string; tabIndex?: number }) {
  return (
    <Box
      component="pre"
      {...rest}
      sx={[
        { m: 0, px: 1.5, py: 1, maxHeight, overflow: 'auto', fontFamily: monoFont, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all', borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'code.surface' },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {children}
    </Box>
  );
}
