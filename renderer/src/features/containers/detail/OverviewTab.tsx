import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../../api/hooks';
import { Fact, FactSection, Words, factMono } from '../../../components/FactList';
import { ErrorAlert, Loading } from '../../../components/PageParts';
import { mountRows } from '../../volumes';
import { containerOverview } from './container-overview';

function Lines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      {lines.map((line) => (
        <Box key={line} sx={factMono}>
          {line}
        </Box>
      ))}
    </>
  );
}

/** What a container is at a glance, from its inspect JSON: how it runs, what it can reach, how it is kept. */
export function OverviewTab({ id }: { id: string }) {
  const { t } = useTranslation('containers');
  const inspect = useOp('containers.inspect', { id });
  if (inspect.isError) return <Box sx={{ p: 2 }}><ErrorAlert error={inspect.error} what={t('overview.loadFailed')} /></Box>;
  if (!inspect.data) return <Loading label={t('overview.loading')} />;
  const overview = containerOverview(t, inspect.data);
  const mounts = mountRows(inspect.data).map((m) => t(m.readOnly ? 'overview.mountReadOnly' : 'overview.mount', { source: m.source, destination: m.destination }));
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2, display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 3, alignContent: 'start' }}>
      <FactSection title={t('overview.process')}>
        <Fact label={t('overview.command')}><Words list={overview.command} /></Fact>
        <Fact label={t('overview.entrypoint')}><Words list={overview.entrypoint} /></Fact>
        <Fact label={t('overview.workingDir')}>{overview.workingDir && <Box component="span" sx={factMono}>{overview.workingDir}</Box>}</Fact>
        <Fact label={t('overview.user')} empty={t('overview.userDefault')}>{overview.user}</Fact>
        <Fact label={t('overview.restartPolicy')}>{overview.restartPolicy}</Fact>
        <Fact label={t('overview.health')} empty={t('overview.noHealthCheck')}>{overview.health && t('overview.healthStatus', { status: overview.health })}</Fact>
        <Fact label={t('overview.environment')} empty={t('overview.none')}><Lines lines={overview.env} /></Fact>
      </FactSection>
      <FactSection title={t('overview.networkAndStorage')}>
        {overview.networks.map((network) => (
          <Fact key={network.name} label={t('overview.network', { name: network.name })}>
            <Box sx={factMono}>{t('overview.ipAddress', { address: network.ipAddress || '—' })}</Box>
            <Box sx={factMono}>{t('overview.gateway', { address: network.gateway || '—' })}</Box>
            <Box sx={factMono}>{t('overview.mac', { address: network.macAddress || '—' })}</Box>
          </Fact>
        ))}
        {overview.networks.length === 0 && <Fact label={t('overview.networks')} empty={t('overview.none')}>{null}</Fact>}
        <Fact label={t('overview.ports')} empty={t('overview.nonePublished')}><Lines lines={overview.ports} /></Fact>
        <Fact label={t('overview.mounts')} empty={t('overview.none')}><Lines lines={mounts} /></Fact>
      </FactSection>
    </Box>
  );
}
