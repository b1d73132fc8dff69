import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { explainError } from '../../api/errors';
import { useThemeMode, type ThemePreference } from '../../components/theme-mode';
import { Section, SectionPage } from '../../components/Section';
import { LOG_BUFFER_CHOICES } from '../../components/log/settings';
import { logBufferChoices } from './settings-model';
import { StopOnQuitSwitch } from './StopOnQuitSwitch';
import { useSettings, useUpdateSettings } from './useSettings';
import { TitleWithHint } from '../../components/FormSection';

const themes: { value: ThemePreference; label: string; icon: ReactNode }[] = [
  { value: 'system', label: 'System', icon: <SettingsBrightnessOutlined fontSize="small" color="action" /> },
  { value: 'light', label: 'Light', icon: <LightModeOutlined fontSize="small" color="action" /> },
  { value: 'dark', label: 'Dark', icon: <DarkModeOutlined fontSize="small" color="action" /> },
];

/** Berth's settings: theme, log buffer, confirmations, the engine Berth runs; problems reading them first. */
export function SettingsPage() {
  const settings = useSettings();
  const data = settings.data;
  return (
    <SectionPage title="Settings" subtitle="Saved by Berth for every window, in its settings file">
      {settings.isPending && (
        <Box role="status" aria-label="Loading the settings" sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
          <CircularProgress size={28} />
        </Box>
      )}
      {settings.isError && (
        <Alert severity="error" role="alert">
          Berth could not read its settings: {explainError(settings.error).summary}
        </Alert>
      )}
      {data && data.problems.length > 0 && (
        <Alert severity="warning" role="alert" data-testid="settings-problems">
          <AlertTitle>There was a problem with the settings</AlertTitle>
          {data.problems.map((problem) => (
            <Typography key={problem} variant="body2" sx={{ wordBreak: 'break-word' }}>
              {problem}
            </Typography>
          ))}
        </Alert>
      )}
      {data && <SettingsForm settings={data.settings} />}
    </SectionPage>
  );
}

function SettingsForm({ settings }: { settings: NonNullable<ReturnType<typeof useSettings>['data']>['settings'] }) {
  const update = useUpdateSettings();
  const { preference, setPreference, mode } = useThemeMode();
  const bufferChoices = logBufferChoices(LOG_BUFFER_CHOICES, settings.logBufferLines);
  return (
    <>
      <Section title="Appearance" description={preference === 'system' ? `Follows the system (now ${mode}).` : undefined}>
        <SettingRow label="Theme" id="setting-theme">
          <RadioGroup row value={preference} onChange={(event) => setPreference(event.target.value as ThemePreference)} aria-labelledby="setting-theme">
            {themes.map((theme) => (
              <FormControlLabel
      slotProps={{ typography: { variant: 'body2' } }}
                key={theme.value}
                value={theme.value}
                control={<Radio size="small" />}
                label={
                  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                    {theme.icon}
                    {theme.label}
                  </Box>
                }
              />
            ))}
          </RadioGroup>
        </SettingRow>
      </Section>

      <Section title="Logs">
        <SettingRow label="Lines kept per logs view" id="setting-log-buffer" hint="Older lines leave the view (never the container's log). More lines use more memory.">
          <TextField
            select
            value={settings.logBufferLines}
            onChange={(event) => void update({ logBufferLines: Number(event.target.value) })}
            sx={{ width: 180 }}
            slotProps={{ select: { SelectDisplayProps: { 'aria-labelledby': 'setting-log-buffer' } } }}
          >
            {bufferChoices.map((lines) => (
              <MenuItem key={lines} value={lines}>
                {lines.toLocaleString('en')} lines
              </MenuItem>
            ))}
          </TextField>
        </SettingRow>
      </Section>

      <Section title="Confirmations" description="Removing and pruning always ask first.">
        <FormControlLabel
      slotProps={{ typography: { variant: 'body2' } }}
          control={
            <Switch
              checked={settings.confirmations.stopAndRestart}
              onChange={(event) => void update({ confirmations: { stopAndRestart: event.target.checked } })}
            />
          }
          label="Ask before stopping or restarting a container"
        />
      </Section>

      <Section title="Berth’s engine" description="The engine Berth can run itself (see the Engine page).">
        <StopOnQuitSwitch checked={settings.managedEngine.stopOnQuit} />
      </Section>
    </>
  );
}

function SettingRow({ label, id, hint, children }: { label: string; id: string; hint?: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', py: 0.5 }}>
      <Box sx={{ flex: 1, minWidth: 220 }}>
        <TitleWithHint title={label} hint={hint} id={id} />
      </Box>
      {children}
    </Box>
  );
}
