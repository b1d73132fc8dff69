import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import type { ReactElement } from 'react';

/**
 * One icon action in a grid row: named for the row ("Stop web-1"), in the row's tab order only when the row
 * is the focused one, and its clicks kept from the row (which would select or open it).
 */
export function RowActionButton({ label, tooltip, icon, enabled = true, tabbable, onPress }: { label: string; tooltip: string; icon: ReactElement; enabled?: boolean; tabbable: boolean; onPress(anchor: HTMLElement): void }) {
  return (
    <Tooltip title={tooltip}>
      <span>
        <IconButton
          aria-label={label}
          tabIndex={tabbable ? 0 : -1}
          disabled={!enabled}
          onClick={(event) => {
            event.stopPropagation();
            onPress(event.currentTarget);
          }}
          onDoubleClick={(event) => event.stopPropagation()}
          sx={{ color: 'text.secondary', p: '3px' }}
        >
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}
