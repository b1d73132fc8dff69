import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** What failed, for the heading: "This page", "Berth". */
  what: string;
  children: ReactNode;
}

/**
 * Without a boundary, one part that throws while rendering (a chunk that failed to load for good, say)
 * unmounts the whole app and leaves a blank window. This shows what failed and offers a reload instead;
 * everything outside the boundary (the sidebar, the header) keeps working.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} failed to render:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <RenderFailure what={this.props.what} error={error} />;
  }
}

/**
 * What a boundary shows: in the `common` namespace, which the shell has loaded before anything under a
 * boundary renders (a failed chunk cannot take the words of its own failure with it).
 */
function RenderFailure({ what, error }: { what: string; error: Error }) {
  const { t } = useTranslation('common');
  return (
    <Box sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', p: 3 }}>
      <Paper variant="outlined" role="alert" aria-labelledby="render-failure-title" sx={{ maxWidth: 560, p: 4 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 2 }}>
          <ErrorOutline color="error" />
          <Typography id="render-failure-title" variant="h6" component="h1">
            {t('renderFailure.title', { what })}
          </Typography>
        </Box>
        <Typography variant="body2" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
          {error.message}
        </Typography>
        <Button variant="outlined" onClick={() => window.location.reload()}>
          {t('renderFailure.reload')}
        </Button>
      </Paper>
    </Box>
  );
}
