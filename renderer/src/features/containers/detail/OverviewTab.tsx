import Box from '@mui/material/Box';
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
  const inspect = useOp('containers.inspect', { id });
  if (inspect.isError) return <Box sx={{ p: 2 }}><ErrorAlert error={inspect.error} what="Could not read the container." /></Box>;
  if (!inspect.data) return <Loading label="Loading the overview" />;
  const overview = containerOverview(inspect.data);
  const mounts = mountRows(inspect.data).map((m) => `${m.source} → ${m.destination}${m.readOnly ? ' (read-only)' : ''}`);
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2, display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 3, alignContent: 'start' }}>
      <FactSection title="Process">
        <Fact label="Command"><Words list={overview.command} /></Fact>
        <Fact label="Entrypoint"><Words list={overview.entrypoint} /></Fact>
        <Fact label="Working dir">{overview.workingDir && <Box component="span" sx={factMono}>{overview.workingDir}</Box>}</Fact>
        <Fact label="User" empty="root (default)">{overview.user}</Fact>
        <Fact label="Restart policy">{overview.restartPolicy}</Fact>
        <Fact label="Health" empty="no health check">{overview.health}</Fact>
        <Fact label="Environment" empty="none"><Lines lines={overview.env} /></Fact>
      </FactSection>
      <FactSection title="Network and storage">
        {overview.networks.map((network) => (
          <Fact key={network.name} label={`Network ${network.name}`}>
            <Box sx={factMono}>IP address {network.ipAddress || '—'}</Box>
            <Box sx={factMono}>Gateway {network.gateway || '—'}</Box>
            <Box sx={factMono}>MAC {network.macAddress || '—'}</Box>
          </Fact>
        ))}
        {overview.networks.length === 0 && <Fact label="Networks" empty="none">{null}</Fact>}
        <Fact label="Ports" empty="none published"><Lines lines={overview.ports} /></Fact>
        <Fact label="Mounts" empty="none"><Lines lines={mounts} /></Fact>
      </FactSection>
    </Box>
  );
}
