import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/**
 * A titled card on a page of settings or facts (the Engine and Settings pages): a heading (a landmark region
 * named by it), an optional line under it, actions on the right, then the content.
 */
export function Section({
  title,
  description,
  actions,
  children,
  dense,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  /** Content that brings its own padding (lists, tables). */
  dense?: boolean;
}) {
  const id = useId();
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, pt: 1.5, pb: dense ? 1.25 : 0.5, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 200 }}>
          <Typography id={id} component="h2" sx={{ fontSize: 14, fontWeight: 600 }}>
            {title}
          </Typography>
          {description && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
              {description}
            </Typography>
          )}
        </Box>
        {actions && <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>{actions}</Box>}
      </Box>
      <Box sx={dense ? { borderTop: 1, borderColor: 'divider' } : { px: 2, pb: 2, pt: 1 }}>{children}</Box>
    </Paper>
  );
}

/** A page of sections, scrolling, with its title. */
export function SectionPage({ title, subtitle, actions, children, label }: { title: string; subtitle?: ReactNode; actions?: ReactNode; children: ReactNode; label?: string }) {
  return (
    <Box sx={{ height: '100%', overflow: 'auto' }} aria-label={label}>
      <Box sx={{ maxWidth: 1040, mx: 'auto', px: 3, py: 2.5, display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }}>
              {title}
            </Typography>
            {subtitle && (
              <Typography variant="caption" color="text.secondary" component="div">
                {subtitle}
              </Typography>
            )}
          </Box>
          {actions}
        </Box>
        {children}
      </Box>
    </Box>
  );
}
