import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { EngineStatus } from '../../../../shared/contract/engine';
import { useExplainError } from '../../api/errors';
import { useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { Section } from '../../components/Section';
import { formatMemory } from '../../lib/bytes';
import { isLaunchOverride, sourceLabel } from './engine-words';
import { endpointDetail } from '../../api/endpoint-words';

/** The engine in use: where it is, how Berth found it, and what it is (docker info + version). */
export function EngineInfoSection({ status }: { status: EngineStatus | null }) {
  const { t } = useTranslation('engine');
  const explain = useExplainError();
  const connected = status?.state === 'connected';
  const info = useOp('engine.info', {}, { enabled: connected });
  const endpoint = status?.endpoint ?? null;
  const data = connected ? info.data : undefined;
  const value = (text: ReactNode | undefined, width = 140) => (text === undefined ? connected && info.isPending ? <Skeleton width={width} /> : '—' : text);

  return (
    <Section title={t('info.title')} description={endpoint ? undefined : t('info.none')}>
      {endpoint && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1.5 }}>
          <Typography data-testid="engine-endpoint" sx={{ fontFamily: monoFont, fontSize: 13, fontWeight: 600, wordBreak: 'break-all' }}>
            {endpoint.url}
          </Typography>
          <Chip label={sourceLabel(endpoint.source, t)} variant="outlined" />
          <Typography variant="body2" color="text.secondary">
            {t('info.foundThrough', { detail: endpointDetail(endpoint, t) })}
          </Typography>
        </Box>
      )}
      {isLaunchOverride(endpoint) && (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          <Trans t={t} i18nKey="info.launchOverride" components={{ code: <code /> }} />
        </Alert>
      )}
      {status?.state === 'unavailable' && (
        <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="engine-info-unavailable">
          {t('info.unavailable', { reason: status.reason.replace(/[.\s]+$/, '') })}
        </Alert>
      )}
      {status?.state === 'connected' && status.eventlessTypes.length > 0 && (
        <Alert severity="info" sx={{ mb: 1.5 }} data-testid="engine-eventless">
          {t('info.eventless', { types: status.eventlessTypes.map((type) => t('info.eventlessType', { type })).join(', ') })}
        </Alert>
      )}
      {status?.state === 'connected' &&
        status.limits.map((limit) => (
          <Alert key={limit} severity="warning" sx={{ mb: 1.5 }} data-testid={`engine-limit-${limit}`}>
            {t(`info.limits.${limit}`)}
          </Alert>
        ))}
      {connected && info.isError && (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          {t('info.failed', { reason: explain(info.error).summary })}
        </Alert>
      )}
      {(connected || status?.state === 'connecting') && (
        <Box component="dl" aria-label={t('info.facts')} sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: 'max-content 1fr', md: 'max-content 1fr max-content 1fr' }, columnGap: 3, rowGap: 1 }}>
          {/* The product's own name for what it is. */}
          <Fact label={t('info.version')}>{value(data && status?.state === 'connected' && t('info.product', { product: status.product, version: data.serverVersion }))}</Fact>
          <Fact label={t('info.hostName')}>{value(data?.name)}</Fact>
          <Fact label={t('info.apiVersion')}>{value(data?.apiVersion, 60)}</Fact>
          <Fact label={t('info.os')}>{value(data?.os)}</Fact>
          <Fact label={t('info.osArch')}>{value(data && `${data.osType}/${data.arch}`, 90)}</Fact>
          <Fact label={t('info.kernel')}>{value(data?.kernelVersion)}</Fact>
          <Fact label={t('info.cpus')}>{value(data?.cpus, 30)}</Fact>
          <Fact label={t('info.memory')}>{value(data && formatMemory(data.memoryBytes), 70)}</Fact>
          <Fact label={t('info.storageDriver')}>{value(data?.storageDriver, 80)}</Fact>
          <Fact label={t('info.rootDir')} mono>
            {value(data?.rootDir, 180)}
          </Fact>
          <Fact label={t('info.contents')}>
            {value(
              data &&
                t('info.contentsValue', {
                  total: data.containers.total,
                  running: data.containers.running,
                  paused: data.containers.paused,
                  stopped: data.containers.stopped,
                  images: data.images,
                }),
              220,
            )}
          </Fact>
        </Box>
      )}
    </Section>
  );
}

function Fact({ label, children, mono }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, minWidth: 0, wordBreak: 'break-word', ...(mono ? { fontFamily: monoFont, fontSize: 12.5 } : {}) }}>
        {children}
      </Typography>
    </>
  );
}
