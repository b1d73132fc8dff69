import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation('terminal');
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
        {t('menu.copy')}
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto', pl: 3 }}>
          {t('menu.copyKeys')}
        </Typography>
      </MenuItem>
      <MenuItem
        disabled={!canPaste}
        onClick={() => {
          onClose();
          onPaste();
        }}
      >
        {t('menu.paste')}
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto', pl: 3 }}>
          {t('menu.pasteKeys')}
        </Typography>
      </MenuItem>
    </Menu>
  );
}
