import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useUpdateSettings } from './useSettings';

/** The one switch for settings.managedEngine.stopOnQuit, on the Settings and Engine pages. */
export function StopOnQuitSwitch({ checked }: { checked: boolean }) {
  const update = useUpdateSettings();
  return (
    <FormControlLabel
      slotProps={{ typography: { variant: 'body2' } }}
      control={<Switch checked={checked} onChange={(event) => void update({ managedEngine: { stopOnQuit: event.target.checked } })} />}
      label={
        <span>
          Stop Berth’s engine when Berth quits
          <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            Only when Berth started it; an engine that was already running is left alone.
          </Typography>
        </span>
      }
    />
  );
}
