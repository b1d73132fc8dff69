import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { EngineStatus } from '../../../../shared/contract/engine';

/**
 * Shown by a page in place of its content while the engine is away. The page comes back by itself: the
 * engine connection retries, and its return refetches what is on screen.
 */
export function EngineUnavailable({ status }: { status: Extract<EngineStatus, { state: 'unavailable' }> }) {
  const reason = status.reason.replace(/[.\s]+$/, '');
  return (
    <Box sx={{ p: 3, display: 'flex', justifyContent: 'center' }}>
      <Alert severity="warning" variant="outlined" role="alert" sx={{ maxWidth: 720, width: '100%' }}>
        <AlertTitle>Engine unavailable</AlertTitle>
        The engine is unavailable: {reason}. Berth reconnects by itself and this page comes back when the engine
        does.
        {status.endpoint && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Engine: {status.endpoint.url} ({status.endpoint.detail})
          </Typography>
        )}
      </Alert>
    </Box>
  );
}
