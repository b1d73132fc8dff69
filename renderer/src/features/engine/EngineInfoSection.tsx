import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { EngineStatus } from '../../../../shared/contract/engine';
import { explainError } from '../../api/errors';
import { useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { Section } from '../../components/Section';
import { formatMemory } from '../../lib/bytes';
import { isLaunchOverride, sourceLabel } from './engine-words';

/** The engine in use: where it is, how Berth found it, and what it is (docker info + version). */
export function EngineInfoSection({ status }: { status: EngineStatus | null }) {
  const connected = status?.state === 'connected';
  const info = useOp('engine.info', {}, { enabled: connected });
  const endpoint = status?.endpoint ?? null;
  const data = connected ? info.data : undefined;
  const value = (text: ReactNode | undefined, width = 140) => (text === undefined ? connected && info.isPending ? <Skeleton width={width} /> : '—' : text);

  return (
    <Section title="Engine in use" description={endpoint ? undefined : 'No engine is in use.'}>
      {endpoint && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1.5 }}>
          <Typography data-testid="engine-endpoint" sx={{ fontFamily: monoFont, fontSize: 13, fontWeight: 600, wordBreak: 'break-all' }}>
            {endpoint.url}
          </Typography>
          <Chip label={sourceLabel(endpoint.source)} variant="outlined" />
          <Typography variant="body2" color="text.secondary">
            found through {endpoint.detail}
          </Typography>
        </Box>
      )}
      {isLaunchOverride(endpoint) && (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          Berth was started with <code>--engine</code>: that engine is used whatever is chosen below, until Berth is started without it.
        </Alert>
      )}
      {status?.state === 'unavailable' && (
        <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="engine-info-unavailable">
          The engine is unavailable: {status.reason.replace(/[.\s]+$/, '')}.
        </Alert>
      )}
      {connected && info.isError && (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          Could not read the engine’s facts: {explainError(info.error).summary}
        </Alert>
      )}
      {(connected || status?.state === 'connecting') && (
        <Box component="dl" aria-label="Engine facts" sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: 'max-content 1fr', md: 'max-content 1fr max-content 1fr' }, columnGap: 3, rowGap: 1 }}>
          <Fact label="Engine version">{value(data && `Docker Engine ${data.serverVersion}`)}</Fact>
          <Fact label="Host name">{value(data?.name)}</Fact>
          <Fact label="API version">{value(data?.apiVersion, 60)}</Fact>
          <Fact label="Operating system">{value(data?.os)}</Fact>
          <Fact label="OS / architecture">{value(data && `${data.osType}/${data.arch}`, 90)}</Fact>
          <Fact label="Kernel">{value(data?.kernelVersion)}</Fact>
          <Fact label="CPUs">{value(data?.cpus, 30)}</Fact>
          <Fact label="Memory">{value(data && formatMemory(data.memoryBytes), 70)}</Fact>
          <Fact label="Storage driver">{value(data?.storageDriver, 80)}</Fact>
          <Fact label="Root directory" mono>
            {value(data?.rootDir, 180)}
          </Fact>
          <Fact label="Contents">
            {value(
              data &&
                `${data.containers.total} containers (${data.containers.running} running, ${data.containers.paused} paused, ${data.containers.stopped} stopped) · ${data.images} images`,
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
