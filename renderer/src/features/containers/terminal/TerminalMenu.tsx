import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';

/** The terminal's context menu: Copy (the selection when it opened) and Paste, with their keys. */
export function TerminalMenu({
  at,
  canPaste,
  onCopy,
  onPaste,
  onClose,
}: {
  at: { x: number; y: number; selection: string } | null;
  canPaste: boolean;
  onCopy(selection: string): void;
  onPaste(): void;
  onClose(): void;
}) {
  return (
    <Menu open={at !== null} onClose={onClose} anchorReference="anchorPosition" anchorPosition={at ? { top: at.y, left: at.x } : undefined}>
      <MenuItem
        disabled={!at?.selection}
        onClick={() => {
          const selection = at?.selection;
          onClose();
          if (selection) onCopy(selection);
        }}
      >
        Copy
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto', pl: 3 }}>
          Ctrl+Shift+C
        </Typography>
      </MenuItem>
      <MenuItem
        disabled={!canPaste}
        onClick={() => {
          onClose();
          onPaste();
        }}
      >
        Paste
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto', pl: 3 }}>
          Ctrl+Shift+V
        </Typography>
      </MenuItem>
    </Menu>
  );
}
