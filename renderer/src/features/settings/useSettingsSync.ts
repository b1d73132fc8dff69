import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../../../../shared/languages';
import { useThemeMode } from '../../components/theme-mode';
import { DEFAULT_LOG_BUFFER, LOG_BUFFER_KEY, logBufferSetting, saveLogBufferWith } from '../../components/log/settings';
import { legacyLogBuffer } from './settings-model';
import { useSettings, useUpdateSettings } from './useSettings';

/**
 * Mounted once by the app shell: the settings that act outside the settings page follow the saved ones, and
 * changes made where they are used (the header's theme menu, a logs view's buffer menu) are saved.
 */
export function useSettingsSync(): void {
  const settings = useSettings().data?.settings;
  const update = useUpdateSettings();
  const { adopt, saveWith } = useThemeMode();

  useEffect(() => {
    saveWith((theme) => void update({ theme }));
    saveLogBufferWith((logBufferLines) => void update({ logBufferLines }));
    return () => {
      saveWith(null);
      saveLogBufferWith(null);
    };
  }, [update, saveWith]);

  const theme = settings?.theme;
  useEffect(() => {
    if (theme) adopt(theme);
  }, [theme, adopt]);

  const { i18n } = useTranslation();
  const language = settings?.language;
  useEffect(() => {
    if (!language) return;
    void i18n.changeLanguage(pickLanguage(language, navigator.languages));
  }, [language, i18n]);

  const lines = settings?.logBufferLines;
  useEffect(() => {
    if (lines === undefined) return;
    logBufferSetting.set(lines);
    // Carried over once from where an earlier version kept it in this browser.
    let stored: string | null;
    try {
      stored = localStorage.getItem(LOG_BUFFER_KEY);
      localStorage.removeItem(LOG_BUFFER_KEY);
    } catch {
      return;
    }
    const legacy = legacyLogBuffer(stored, lines, DEFAULT_LOG_BUFFER);
    if (legacy !== null) void update({ logBufferLines: legacy });
  }, [lines, update]);
}
