import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { createBerthTheme } from './theme';

export type ThemePreference = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'berth.theme';

interface ThemeModeValue {
  preference: ThemePreference;
  setPreference(preference: ThemePreference): void;
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

/** Light, dark or the system's (prefers-color-scheme, followed live); the choice is kept in localStorage. */
export function ThemeModeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(storedPreference);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  const theme = useMemo(() => createBerthTheme(mode), [mode]);
  const value = useMemo<ThemeModeValue>(
    () => ({
      preference,
      mode,
      setPreference(next) {
        setPreferenceState(next);
        try {
          if (next === 'system') localStorage.removeItem(STORAGE_KEY);
          else localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Without storage the choice lasts until the window closes.
        }
      },
    }),
    [preference, mode],
  );
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
