import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A heading (or a label) with an optional hint under it: the head of form sections and setting rows. */
export function TitleWithHint({ title, hint, id, heading = false }: { title: string; hint?: string; id?: string; heading?: boolean }) {
  return (
    <>
      <Typography id={id} variant={heading ? 'subtitle2' : 'body2'} component={heading ? 'h3' : 'p'} sx={{ fontWeight: heading ? 600 : 500 }}>
        {title}
      </Typography>
      {hint && (
        <Typography variant="caption" color="text.secondary">
          {hint}
        </Typography>
      )}
    </>
  );
}

/** One titled part of a long form (the run and build dialogs): its heading, a hint, then its fields. */
export function FormSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title} sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <Box>
        <TitleWithHint title={title} hint={hint} heading />
      </Box>
      {children}
    </Box>
  );
}
