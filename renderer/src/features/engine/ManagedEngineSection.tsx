import ArticleOutlined from '@mui/icons-material/ArticleOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Collapse from '@mui/material/Collapse';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ProviderStatusValue } from '../../../../shared/contract/engine';
import { useStream } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { Section } from '../../components/Section';
import { LogStore } from '../../components/log/log-store';
import { LogView } from '../../components/log/LogView';
import { logBufferSize } from '../../components/log/settings';
import { StopOnQuitSwitch } from '../settings';
import { useSettings } from '../settings';
import { providerActions, providerKindLabel, providerStateLabel } from './engine-words';
import { useManagedEngine, type ManagedAction } from './useManagedEngine';

const stateColor: Record<ProviderStatusValue['state'], 'default' | 'success' | 'warning' | 'error'> = {
  stopped: 'default',
  starting: 'warning',
  running: 'success',
  stopping: 'warning',
  error: 'error',
};

/**
 * The engine Berth runs itself on this platform (dockerd on Linux, a Lima VM on macOS, WSL2 on Windows):
 * its state with progress steps, the error with its last log lines, start/stop/restart, its log, and
 * whether it stops when Berth quits.
 */
export function ManagedEngineSection() {
  const { t } = useTranslation('engine');
  const { status, pending, run } = useManagedEngine();
  const settings = useSettings().data?.settings;
  const [showLog, setShowLog] = useState(false);
  const actions = status ? providerActions(status) : { start: false, stop: false, restart: false };
  const busy = pending !== null || status?.state === 'starting' || status?.state === 'stopping';

  const button = (action: ManagedAction, icon: ReactNode, enabled: boolean) => (
    <Button
      variant={action === 'start' ? 'contained' : 'outlined'}
      color={action === 'stop' ? 'error' : 'primary'}
      startIcon={pending === action ? <CircularProgress size={14} color="inherit" /> : icon}
      disabled={!enabled || pending !== null}
      onClick={() => void run(action)}
    >
      {t(`managed.${action}`)}
    </Button>
  );

  return (
    <Section
      title={t('managed.title')}
      description={status ? t('managed.description', { kind: providerKindLabel(status.kind, t) }) : t('managed.placeholder')}
      actions={
        status && !status.unavailable ? (
          <>
            {button('start', <PlayArrowOutlined fontSize="small" />, actions.start)}
            {button('stop', <StopOutlined fontSize="small" />, actions.stop)}
            {button('restart', <RestartAltOutlined fontSize="small" />, actions.restart)}
          </>
        ) : undefined
      }
    >
      {!status && <Skeleton width={260} />}
      {status && (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25, flexWrap: 'wrap' }}>
            <Chip
              label={providerStateLabel(status, t)}
              color={status.unavailable ? 'default' : stateColor[status.state]}
              variant="outlined"
              data-testid="managed-engine-state"
              role="status"
            />
            {status.startedByBerth && status.state === 'running' && (
              <Typography variant="body2" color="text.secondary">
                {t('managed.startedByBerth')}
              </Typography>
            )}
            <Typography variant="body2" color="text.secondary" sx={{ ml: { sm: 'auto' } }}>
              <Trans
                t={t}
                i18nKey="managed.socket"
                components={{ mono: <Box component="span" sx={{ fontFamily: monoFont, fontSize: 12 }} /> }}
                values={{ url: status.socketUrl }}
              />
            </Typography>
          </Box>
          {status.unavailable && (
            <Alert severity="info" variant="outlined">
              {status.unavailable}
            </Alert>
          )}
          {busy && (
            <Box role="status" aria-live="polite">
              <LinearProgress sx={{ borderRadius: 1, mb: 0.75 }} />
              <Typography variant="body2" color="text.secondary">
                {status.step ?? (pending === 'stop' ? t('managed.stepStopping') : t('managed.stepStarting'))}…
              </Typography>
            </Box>
          )}
          {status.state === 'error' && status.error && (
            <Alert severity="error" role="alert">
              <AlertTitle>{t('managed.failed', { message: status.error.message })}</AlertTitle>
              {status.error.lastLines.length > 0 && (
                <>
                  <Typography variant="caption" component="div" sx={{ mb: 0.5 }}>
                    {t('managed.lastLines')}
                  </Typography>
                  <Box
                    component="pre"
                    aria-label={t('managed.lastLinesLabel')}
                    sx={{ m: 0, p: 1, maxHeight: 200, overflow: 'auto', fontFamily: monoFont, fontSize: 11.5, bgcolor: 'action.hover', borderRadius: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
                  >
                    {status.error.lastLines.join('\n')}
                  </Box>
                </>
              )}
            </Alert>
          )}
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            {settings && <StopOnQuitSwitch checked={settings.managedEngine.stopOnQuit} />}
            <Box sx={{ flex: 1 }} />
            {!status.unavailable && (
              <Button startIcon={<ArticleOutlined fontSize="small" />} onClick={() => setShowLog((v) => !v)} aria-expanded={showLog}>
                {showLog ? t('managed.hideLog') : t('managed.showLog')}
              </Button>
            )}
          </Box>
          <Collapse in={showLog} unmountOnExit>
            <EngineLog />
          </Collapse>
        </Box>
      )}
    </Section>
  );
}

/** The managed engine's log (engine.logs: the last lines, then new ones) in the logs viewer. */
function EngineLog() {
  const { t } = useTranslation('engine');
  const [store] = useState(() => new LogStore(logBufferSize()));
  const [state, setState] = useState<'loading' | 'following' | 'ended' | 'failed'>('loading');
  useEffect(() => () => store.dispose(), [store]);
  useStream(
    'engine.logs',
    {},
    (event) => {
      setState('following');
      store.append(event.lines.map((text) => ({ stream: 'stdout' as const, text })));
    },
    { onEnd: (error) => setState(error ? 'failed' : 'ended') },
  );
  return (
    <Box sx={{ height: 320, display: 'flex', flexDirection: 'column', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
      <LogView
        store={store}
        label={t('managed.log.label')}
        fileName="berth-engine"
        showTimestamps={false}
        status={t(`managed.log.${state}`)}
        emptyText={state === 'loading' ? t('managed.log.reading') : t('managed.log.empty')}
      />
    </Box>
  );
}
