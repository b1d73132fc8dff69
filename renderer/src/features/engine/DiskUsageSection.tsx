import CleaningServicesOutlined from '@mui/icons-material/CleaningServicesOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import type { DiskUsageCategory } from '../../../../shared/contract/system';
import { useBerthClient } from '../../api/BerthProvider';
import { explainError } from '../../api/errors';
import { opKey } from '../../api/hooks';
import { Section } from '../../components/Section';
import { formatBytes } from '../../lib/bytes';
import { PruneContainersDialog } from '../containers';
import { PruneImagesDialog } from '../images';
import { PruneVolumesDialog } from '../volumes';
import { SystemPruneDialog } from './SystemPruneDialog';
import { visuallyHidden } from '@mui/utils';

type Kind = 'images' | 'containers' | 'volumes' | 'buildCache';

const rows: { kind: Kind; label: string; noun: string; activeWord: string }[] = [
  { kind: 'images', label: 'Images', noun: 'images', activeWord: 'used by containers' },
  { kind: 'containers', label: 'Containers', noun: 'containers', activeWord: 'running' },
  { kind: 'volumes', label: 'Volumes', noun: 'volumes', activeWord: 'mounted' },
  { kind: 'buildCache', label: 'Build cache', noun: 'entries', activeWord: 'in use' },
];

/** Each resource's own prune dialog (the build cache has none of its own: a build-cache-only system prune). */
const resourcePrunes: Record<Exclude<Kind, 'buildCache'>, ComponentType<{ open: boolean; onClose(): void }>> = {
  images: PruneImagesDialog,
  containers: PruneContainersDialog,
  volumes: PruneVolumesDialog,
};

const DF = opKey('system.df', {});

/** docker system df as a table, each kind with its prune, and "Prune everything…". Measured afresh on open. */
export function DiskUsageSection() {
  const client = useBerthClient();
  const queryClient = useQueryClient();
  // Fresh whenever the page opens (the shared cache entry may be old), and after each prune.
  const df = useQuery({ queryKey: DF, queryFn: () => client.call('system.df', {}), staleTime: 0 });
  const [pruning, setPruning] = useState<Kind | 'everything' | null>(null);
  const closePrune = () => {
    setPruning(null);
    void queryClient.invalidateQueries({ queryKey: DF });
  };
  const data = df.data;
  const ResourcePrune = pruning && pruning !== 'everything' && pruning !== 'buildCache' ? resourcePrunes[pruning] : null;

  return (
    <Section
      title="Disk usage"
      // As docker system df counts it: what removing every unused image (tagged too), stopped container, unused
      // volume and build cache entry would free. A prune's own preview says what it frees with its choices.
      description={
        data ? `${formatBytes(data.totalBytes)} in all · up to ${formatBytes(data.reclaimableBytes)} reclaimable by removing everything unused` : 'Measuring…'
      }
      dense
      actions={
        <>
          <Tooltip title="Measure again">
            <span>
              <IconButton aria-label="Measure disk usage again" onClick={() => void df.refetch()} disabled={df.isFetching}>
                <RefreshOutlined fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
          <Button variant="outlined" color="error" startIcon={<CleaningServicesOutlined fontSize="small" />} onClick={() => setPruning('everything')}>
            Prune everything…
          </Button>
        </>
      }
    >
      {df.isFetching && data && <LinearProgress sx={{ height: 2, mb: '-2px' }} aria-label="Measuring disk usage" />}
      {df.isError && !data && (
        <Alert severity="error" sx={{ m: 2 }}>
          Could not measure disk usage: {explainError(df.error).summary}
        </Alert>
      )}
      <Box role="table" aria-label="Disk usage" sx={{ fontSize: 13 }}>
        <Box role="row" sx={{ ...rowSx, color: 'text.secondary', fontSize: 12, py: 0.75, bgcolor: 'action.hover' }}>
          <span role="columnheader">Kind</span>
          <span role="columnheader">Count</span>
          <span role="columnheader" style={{ textAlign: 'right' }}>
            Size
          </span>
          <span role="columnheader">Reclaimable</span>
          <span role="columnheader">
            <Box component="span" sx={visuallyHidden}>
              Actions
            </Box>
          </span>
        </Box>
        {rows.map((row) => (
          <UsageRow key={row.kind} {...row} category={data?.[row.kind]} loading={!data && df.isPending} onPrune={() => setPruning(row.kind)} />
        ))}
      </Box>
      {ResourcePrune && <ResourcePrune open onClose={closePrune} />}
      <SystemPruneDialog open={pruning === 'everything' || pruning === 'buildCache'} scope={pruning === 'buildCache' ? 'build-cache' : 'everything'} onClose={closePrune} />
    </Section>
  );
}

const rowSx = {
  display: 'grid',
  gridTemplateColumns: 'minmax(110px, 1fr) minmax(150px, 1.4fr) 90px minmax(170px, 1.6fr) 120px',
  alignItems: 'center',
  columnGap: 2,
  px: 2,
  py: 1,
  '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' },
} as const;


function UsageRow({
  label,
  noun,
  activeWord,
  category,
  loading,
  onPrune,
}: {
  label: string;
  noun: string;
  activeWord: string;
  category: DiskUsageCategory | undefined;
  loading: boolean;
  onPrune(): void;
}) {
  const share = category && category.sizeBytes > 0 ? Math.min(100, (category.reclaimableBytes / category.sizeBytes) * 100) : 0;
  return (
    <Box role="row" aria-label={label} sx={rowSx}>
      <Typography role="rowheader" variant="body2" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography role="cell" variant="body2" color="text.secondary">
        {category ? `${category.total} ${noun} · ${category.active} ${activeWord}` : loading ? <Skeleton width={120} /> : '—'}
      </Typography>
      <Typography role="cell" variant="body2" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: 500 }}>
        {category ? formatBytes(category.sizeBytes) : loading ? <Skeleton /> : '—'}
      </Typography>
      <Box role="cell" sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
        <Box
          aria-hidden
          sx={{ flex: 1, maxWidth: 120, height: 6, borderRadius: 3, bgcolor: 'action.selected', overflow: 'hidden' }}
        >
          <Box sx={{ width: `${share}%`, height: '100%', bgcolor: 'warning.main', borderRadius: 3 }} />
        </Box>
        <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {category ? `${formatBytes(category.reclaimableBytes)}${category.sizeBytes > 0 ? ` (${Math.round(share)}%)` : ''}` : loading ? <Skeleton width={60} /> : '—'}
        </Typography>
      </Box>
      <Box role="cell" sx={{ textAlign: 'right' }}>
        <Button size="small" onClick={onPrune} aria-label={`Prune ${label.toLowerCase()}`}>
          Prune…
        </Button>
      </Box>
    </Box>
  );
}
