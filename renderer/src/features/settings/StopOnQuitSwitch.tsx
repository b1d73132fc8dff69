import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useUpdateSettings } from './useSettings';

/** The one switch for settings.managedEngine.stopOnQuit, on the Settings and Engine pages. */
export function StopOnQuitSwitch({ checked }: { checked: boolean }) {
  const update = useUpdateSettings();
  const { t } = useTranslation('settings');
  return (
    <FormControlLabel
      slotProps={{ typography: { variant: 'body2' } }}
      control={<Switch checked={checked} onChange={(event) => void update({ managedEngine: { stopOnQuit: event.target.checked } })} />}
      label={
        <span>
          {t('stopOnQuit.label')}
          <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {t('stopOnQuit.hint')}
          </Typography>
        </span>
      }
    />
  );
}
