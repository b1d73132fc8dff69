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
import { useTranslation } from 'react-i18next';
import { useExplainError } from '../../api/errors';
import { useThemeMode, type ThemePreference } from '../../components/theme-mode';
import { Section, SectionPage } from '../../components/Section';
import { LOG_BUFFER_CHOICES } from '../../components/log/settings';
import { logBufferChoices } from './settings-model';
import { ComposeToolSetting } from './ComposeToolSetting';
import { StopOnQuitSwitch } from './StopOnQuitSwitch';
import { TrashSetting } from './TrashSetting';
import { useSettings, useUpdateSettings } from './useSettings';
import { TitleWithHint } from '../../components/FormSection';
import { pickLanguage, type LanguageSetting } from '../../../../shared/languages';

const themes: { value: ThemePreference; icon: ReactNode }[] = [
  { value: 'system', icon: <SettingsBrightnessOutlined fontSize="small" color="action" /> },
  { value: 'light', icon: <LightModeOutlined fontSize="small" color="action" /> },
  { value: 'dark', icon: <DarkModeOutlined fontSize="small" color="action" /> },
];

const languages: LanguageSetting[] = ['auto', 'en', 'zh-CN'];

/** Berth's settings: theme, language, log buffer, confirmations, the engine Berth runs, the compose tool; problems reading them first. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const explain = useExplainError();
  const settings = useSettings();
  const data = settings.data;
  return (
    <SectionPage title={t('page.title')} subtitle={t('page.subtitle')}>
      {settings.isPending && (
        <Box role="status" aria-label={t('page.loading')} sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
          <CircularProgress size={28} />
        </Box>
      )}
      {settings.isError && (
        <Alert severity="error" role="alert">
          {t('page.readFailed', { reason: explain(settings.error).summary })}
        </Alert>
      )}
      {data && data.problems.length > 0 && (
        <Alert severity="warning" role="alert" data-testid="settings-problems">
          <AlertTitle>{t('page.problems')}</AlertTitle>
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
  const { t } = useTranslation('settings');
  const update = useUpdateSettings();
  const { preference, setPreference, mode } = useThemeMode();
  const bufferChoices = logBufferChoices(LOG_BUFFER_CHOICES, settings.logBufferLines);
  // What `auto` reads now: the OS/browser's language (the pseudo-locale is English underneath).
  const autoLanguage = pickLanguage('auto', navigator.languages);
  const languageName = (language: LanguageSetting) =>
    language === 'auto'
      ? t('common:language.auto', { language: t(`common:language.${autoLanguage === 'en-XA' ? 'en' : autoLanguage}`) })
      : t(`common:language.${language}`);
  return (
    <>
      <Section title={t('appearance.title')} description={preference === 'system' ? t('appearance.followsSystem', { mode }) : undefined}>
        <SettingRow label={t('appearance.theme')} id="setting-theme">
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
                    {t(`appearance.themes.${theme.value}`)}
                  </Box>
                }
              />
            ))}
          </RadioGroup>
        </SettingRow>
        <SettingRow label={t('common:language.label')} id="setting-language">
          <TextField
            select
            value={settings.language}
            onChange={(event) => void update({ language: event.target.value as LanguageSetting })}
            sx={{ width: 220 }}
            slotProps={{ select: { SelectDisplayProps: { 'aria-labelledby': 'setting-language' } } }}
          >
            {languages.map((language) => (
              <MenuItem key={language} value={language} lang={language === 'auto' ? undefined : language}>
                {languageName(language)}
              </MenuItem>
            ))}
          </TextField>
        </SettingRow>
      </Section>

      <Section title={t('logs.title')}>
        <SettingRow label={t('logs.buffer')} id="setting-log-buffer" hint={t('logs.bufferHint')}>
          <TextField
            select
            value={settings.logBufferLines}
            onChange={(event) => void update({ logBufferLines: Number(event.target.value) })}
            sx={{ width: 180 }}
            slotProps={{ select: { SelectDisplayProps: { 'aria-labelledby': 'setting-log-buffer' } } }}
          >
            {bufferChoices.map((lines) => (
              <MenuItem key={lines} value={lines}>
                {t('logs.lines', { lines })}
              </MenuItem>
            ))}
          </TextField>
        </SettingRow>
      </Section>

      <Section title={t('confirmations.title')} description={t('confirmations.description')}>
        <FormControlLabel
      slotProps={{ typography: { variant: 'body2' } }}
          control={
            <Switch
              checked={settings.confirmations.stopAndRestart}
              onChange={(event) => void update({ confirmations: { stopAndRestart: event.target.checked } })}
            />
          }
          label={t('confirmations.stopAndRestart')}
        />
      </Section>

      <Section title={t('managedEngine.title')} description={t('managedEngine.description')}>
        <StopOnQuitSwitch checked={settings.managedEngine.stopOnQuit} />
      </Section>

      <Section title={t('compose.title')} description={t('compose.description')}>
        <ComposeToolSetting command={settings.compose.command} />
      </Section>

      <Section title={t('trash.title')} description={t('trash.description')}>
        <TrashSetting trash={settings.trash} />
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
