import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { createBerthTheme } from './theme';
import { useTranslation } from 'react-i18next';

export type ThemePreference = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'berth.theme';

interface ThemeModeValue {
  preference: ThemePreference;
  /** The user's choice: shown at once, cached for the next first paint, and saved where `saveWith` says. */
  setPreference(preference: ThemePreference): void;
  /** A preference read from Berth's settings: shown and cached, not saved again. */
  adopt(preference: ThemePreference): void;
  /** Where choices are saved (Berth's settings, once the app is connected); null: nowhere. */
  saveWith(save: ((preference: ThemePreference) => void) | null): void;
  /** What is shown now: the preference, or the system's for `system`. */
  mode: 'light' | 'dark';
}

const ThemeModeContext = createContext<ThemeModeValue | null>(null);

function storedPreference(): ThemePreference {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function cachePreference(preference: ThemePreference): void {
  try {
    if (preference === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Without storage the first paint uses the system's until the settings arrive.
  }
}

/**
 * Light, dark or the system's (prefers-color-scheme, followed live). The choice is a Berth setting (see
 * features/settings); localStorage only caches it so that the first paint, before the settings arrive, is right.
 */
export function ThemeModeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(storedPreference);
  const saver = useRef<((preference: ThemePreference) => void) | null>(null);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  // MUI's built-in words from the shell's namespace (bundled, so the first paint never waits for them).
  const { t } = useTranslation('common');
  const theme = useMemo(
    () => createBerthTheme(mode, { close: t('mui.close'), clear: t('mui.clear'), open: t('mui.open'), noOptions: t('mui.noOptions'), loading: t('mui.loading') }),
    [mode, t],
  );
  // The actions never change, so that effects depending on them (the settings sync) run once.
  const actions = useMemo(
    () => ({
      setPreference(next: ThemePreference) {
        setPreferenceState(next);
        cachePreference(next);
        saver.current?.(next);
      },
      adopt(next: ThemePreference) {
        setPreferenceState(next);
        cachePreference(next);
      },
      saveWith(save: ((preference: ThemePreference) => void) | null) {
        saver.current = save;
      },
    }),
    [],
  );
  const value = useMemo<ThemeModeValue>(() => ({ ...actions, preference, mode }), [actions, preference, mode]);
  return (
    <ThemeModeContext.Provider value={value}>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        {children}
      </ThemeProvider>
    </ThemeModeContext.Provider>
  );
}

export function useThemeMode(): ThemeModeValue {
  const value = useContext(ThemeModeContext);
  if (!value) throw new Error('useThemeMode needs a <ThemeModeProvider> above it');
  return value;
}
