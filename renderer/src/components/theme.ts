import { alpha, createTheme, type Theme } from '@mui/material/styles';

export const monoFont = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace';

/** The background of code, logs, JSON and terminals; in sx: `bgcolor: 'code.surface'`. */
export const codeSurface = (mode: 'light' | 'dark') => (mode === 'dark' ? '#0d1117' : '#fbfcfd');

declare module '@mui/material/styles' {
  /** `palette.code.surface`: the background of code, logs, JSON and terminals (`bgcolor: 'code.surface'`). */
  interface Palette {
    code: { surface: string };
  }
  interface PaletteOptions {
    code?: { surface: string };
  }
}

/**
 * A dense desktop theme: 13px type, small controls, hairline borders instead of shadows. Only system fonts
 * (the CSP allows no remote ones).
 */
/** The words MUI's own components carry (an alert's close button, an autocomplete's buttons and empty list), in the UI language. */
export interface MuiWords {
  close: string;
  clear: string;
  open: string;
  noOptions: string;
  loading: string;
}

export function createBerthTheme(mode: 'light' | 'dark', words?: MuiWords): Theme {
  const dark = mode === 'dark';
  const theme = createTheme({
    palette: {
      mode,
      // Every colour used for text reads at WCAG AA (4.5:1) on both backgrounds, in both modes: checked by
      // test/unit/theme-contrast.test.ts. text.disabled carries secondary values ("unused", "<none>", "—").
      primary: { main: dark ? '#5b9dff' : '#0969da' },
      success: { main: dark ? '#3fb950' : '#1a7f37' },
      warning: { main: dark ? '#d29922' : '#9a6700' },
      error: { main: dark ? '#f85149' : '#cf222e' },
      background: dark ? { default: '#0f1216', paper: '#161b22' } : { default: '#f6f8fa', paper: '#ffffff' },
      code: { surface: codeSurface(mode) },
      divider: dark ? 'rgba(240, 246, 252, 0.1)' : 'rgba(31, 35, 40, 0.12)',
      text: dark
        ? // eslint-disable-next-line berth/no-literal-ui-text -- colours, not words
          { primary: '#e6edf3', secondary: '#8d96a0', disabled: '#8b949e' }
        : // eslint-disable-next-line berth/no-literal-ui-text -- colours, not words
          { primary: '#1f2328', secondary: '#59636e', disabled: '#656d76' },
    },
    shape: { borderRadius: 6 },
    typography: {
      // The system's UI font for Latin text; for 简体中文 the platform's own CJK face where it has one (macOS,
      // Windows), else Noto Sans CJK SC / Source Han Sans SC (Debian: fonts-noto-cjk), before the generic fallback.
      fontFamily:
        'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, Cantarell, "Noto Sans", "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
      fontSize: 13,
      button: { textTransform: 'none', fontWeight: 500 },
      h6: { fontSize: 16, fontWeight: 600 },
    },
    spacing: 8,
  });
  return createTheme(theme, {
    components: {
      ...(words && {
        MuiAlert: { defaultProps: { closeText: words.close } },
        MuiAutocomplete: {
          defaultProps: { clearText: words.clear, closeText: words.close, openText: words.open, noOptionsText: words.noOptions, loadingText: words.loading },
        },
      }),
      MuiCssBaseline: {
        styleOverrides: {
          'html, body, #root': { height: '100%' },
          body: { overflow: 'hidden' },
          mark: {
            backgroundColor: alpha(theme.palette.warning.main, dark ? 0.35 : 0.3),
            color: 'inherit',
            borderRadius: 2,
          },
        },
      },
      MuiAppBar: {
        defaultProps: { elevation: 0, color: 'inherit' },
        styleOverrides: {
          root: { backgroundColor: theme.palette.background.paper, borderBottom: `1px solid ${theme.palette.divider}` },
        },
      },
      // `color="text.secondary"` (the way the pages write it) is not one of Typography's own color values.
      MuiTypography: {
        variants: (['primary', 'secondary', 'disabled'] as const).map((key) => ({ props: { color: `text.${key}` }, style: { color: theme.palette.text[key] } })),
      },
      // A visible ring on whatever the keyboard reaches (sort headers and navigation links included).
      MuiButtonBase: {
        styleOverrides: { root: { '&.Mui-focusVisible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 } } },
      },
      MuiButton: { defaultProps: { size: 'small', disableElevation: true } },
      MuiIconButton: { defaultProps: { size: 'small' } },
      MuiToggleButton: {
        defaultProps: { size: 'small' },
        styleOverrides: { root: { textTransform: 'none', paddingTop: 3, paddingBottom: 3, paddingLeft: 10, paddingRight: 10 } },
      },
      MuiTextField: { defaultProps: { size: 'small' } },
      MuiCheckbox: { defaultProps: { size: 'small' } },
      MuiChip: { defaultProps: { size: 'small' } },
      MuiTooltip: { defaultProps: { enterDelay: 400, disableInteractive: true } },
      MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' } } },
      MuiDialog: { defaultProps: { maxWidth: 'sm', fullWidth: true } },
      MuiMenuItem: { styleOverrides: { root: { fontSize: 13, minHeight: 32 } } },
      MuiListItemButton: { styleOverrides: { root: { borderRadius: 6 } } },
    },
  });
}
