import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';
import Check from '@mui/icons-material/Check';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useThemeMode, type ThemePreference } from '../components/theme-mode';

/** The choices, worded as `theme.<value>` in `common`. */
const choices: { value: ThemePreference; icon: typeof LightModeOutlined }[] = [
  { value: 'system', icon: SettingsBrightnessOutlined },
  { value: 'light', icon: LightModeOutlined },
  { value: 'dark', icon: DarkModeOutlined },
];

/** The header's theme switch: system, light or dark. */
export function ThemeMenu() {
  const { t } = useTranslation();
  const { preference, setPreference, mode } = useThemeMode();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const Current = preference === 'system' ? SettingsBrightnessOutlined : mode === 'dark' ? DarkModeOutlined : LightModeOutlined;
  return (
    <>
      <Tooltip title={t('theme.label')}>
        <IconButton
          aria-label={t('theme.label')}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Current fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {choices.map(({ value, icon: Icon }) => (
          <MenuItem
            key={value}
            role="menuitemradio"
            aria-checked={preference === value}
            selected={preference === value}
            onClick={() => {
              setPreference(value);
              setAnchor(null);
            }}
          >
            <ListItemIcon>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t(`theme.${value}`)}</ListItemText>
            {preference === value && <Check fontSize="small" sx={{ ml: 2, color: 'primary.main' }} />}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
