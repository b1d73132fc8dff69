import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import type { ReactNode } from 'react';

/** An icon button with its tooltip; `label` is what a screen reader (and a test) calls it. */
export function IconAction({ title, label, onClick, children }: { title: string; label: string; onClick(): void; children: ReactNode }) {
  return (
    <Tooltip title={title}>
      <IconButton aria-label={label} onClick={onClick}>
        {children}
      </IconButton>
    </Tooltip>
  );
}
