import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { EngineStatus } from '../../../../shared/contract/engine';
import { providerActions, providerKindLabel } from './engine-words';
import { useManagedEngine } from './useManagedEngine';
import { routes } from '../../../../shared/routes';
import { endpointDetail } from '../../api/endpoint-words';

/**
 * Shown by a page in place of its content while the engine is away. The page comes back by itself: the
 * engine connection retries, and its return refetches what is on screen. When Berth can run an engine
 * itself here, it offers to start it.
 */
export function EngineUnavailable({ status }: { status: Extract<EngineStatus, { state: 'unavailable' }> }) {
  const { t } = useTranslation('engine');
  const reason = status.reason.replace(/[.\s]+$/, '');
  return (
    <Box sx={{ p: 3, display: 'flex', justifyContent: 'center' }}>
      <Alert severity="warning" variant="outlined" role="alert" sx={{ maxWidth: 720, width: '100%' }}>
        <AlertTitle>{t('unavailable.title')}</AlertTitle>
        {t('unavailable.body', { reason })}
        {status.endpoint && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('unavailable.endpoint', { url: status.endpoint.url, detail: endpointDetail(status.endpoint, t) })}
          </Typography>
        )}
        <StartOffer />
        <Typography variant="body2" sx={{ mt: 1.5 }}>
          <Link href={routes.engine()}>{t('unavailable.chooseAnother')}</Link>
        </Typography>
      </Alert>
    </Box>
  );
}

/** "Start Berth's engine", when Berth can run one here and it is not running. */
function StartOffer() {
  const { t } = useTranslation('engine');
  const { status, pending, run } = useManagedEngine();
  if (!status || status.unavailable) return null;
  const starting = pending !== null || status.state === 'starting';
  if (!starting && !providerActions(status).start) return null;
  return (
    <Box sx={{ mt: 1.5, display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
      <Button
        variant="contained"
        color="primary"
        startIcon={starting ? <CircularProgress size={14} color="inherit" /> : <PlayArrowOutlined fontSize="small" />}
        disabled={starting}
        onClick={() => void run('start')}
      >
        {starting ? t('unavailable.starting') : t('unavailable.start')}
      </Button>
      <Typography variant="body2" color="text.secondary" role="status">
        {starting ? (status.step ?? t('unavailable.startingStep')) : t('unavailable.offer', { kind: providerKindLabel(status.kind, t) })}
      </Typography>
      {status.state === 'error' && status.error && (
        <Typography variant="body2" color="error" sx={{ flexBasis: '100%' }}>
          {t('unavailable.lastFailed', { message: status.error.message })}
        </Typography>
      )}
    </Box>
  );
}
