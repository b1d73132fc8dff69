import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { useTranslation } from 'react-i18next';
import { monoFont } from '../../components/theme';
import { paletteOpen } from './palette-store';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The header's way into the command palette, showing its shortcut. */
export function PaletteButton() {
  const { t } = useTranslation('palette');
  return (
    <ButtonBase
      onClick={() => paletteOpen.set(true)}
      aria-label={t('button.label')}
      aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
      sx={{
        gap: 1,
        px: 1.25,
        height: 28,
        minWidth: 220,
        justifyContent: 'flex-start',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        color: 'text.secondary',
        fontSize: 13,
        bgcolor: 'action.hover',
        '&:hover': { borderColor: 'text.disabled' },
        '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main' },
      }}
    >
      <SearchIcon sx={{ fontSize: 17 }} />
      <Box component="span" sx={{ flex: 1, textAlign: 'left' }}>
        {t('button.text')}
      </Box>
      <Box component="kbd" sx={{ fontFamily: monoFont, fontSize: 11, px: 0.6, border: 1, borderColor: 'divider', borderRadius: 0.75 }}>
        {/* eslint-disable-next-line berth/no-literal-ui-text -- key caps, as printed on the keyboard */}
        {mac ? '⌘K' : 'Ctrl K'}
      </Box>
    </ButtonBase>
  );
}
