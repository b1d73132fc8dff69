import Dialog from '@mui/material/Dialog';
import type { ReactNode } from 'react';

/**
 * A dialog about one thing, open while there is one: `children` renders its content for it (mounted anew for
 * each opening, so its state starts fresh).
 */
export function DialogFor<T>({ item, onClose, labelledBy, maxWidth = 'sm', children }: { item: T | null; onClose(): void; labelledBy: string; maxWidth?: 'xs' | 'sm' | 'md'; children(item: T): ReactNode }) {
  return (
    <Dialog open={item !== null} onClose={onClose} maxWidth={maxWidth} aria-labelledby={labelledBy}>
      {item !== null && children(item)}
    </Dialog>
  );
}
