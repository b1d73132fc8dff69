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
import { useTranslation } from 'react-i18next';
import type { DiskUsageCategory } from '../../../../shared/contract/system';
import { useBerthClient } from '../../api/BerthProvider';
import { useExplainError } from '../../api/errors';
import { opKey } from '../../api/hooks';
import { Section } from '../../components/Section';
import { formatBytes } from '../../lib/bytes';
import { PruneContainersDialog } from '../containers';
import { PruneImagesDialog } from '../images';
import { PruneVolumesDialog } from '../volumes';
import { SystemPruneDialog } from './SystemPruneDialog';
import { visuallyHidden } from '@mui/utils';

type Kind = 'images' | 'containers' | 'volumes' | 'buildCache';

// Each row's words are at diskUsage.rows.<kind> (label, count, prune).
const rows: Kind[] = ['images', 'containers', 'volumes', 'buildCache'];

/** Each resource's own prune dialog (the build cache has none of its own: a build-cache-only system prune). */
const resourcePrunes: Record<Exclude<Kind, 'buildCache'>, ComponentType<{ open: boolean; onClose(): void }>> = {
  images: PruneImagesDialog,
  containers: PruneContainersDialog,
  volumes: PruneVolumesDialog,
};

const DF = opKey('system.df', {});

/** docker system df as a table, each kind with its prune, and "Prune everything…". Measured afresh on open. */
export function DiskUsageSection() {
  const { t } = useTranslation('engine');
  const explain = useExplainError();
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
      title={t('diskUsage.title')}
      // As docker system df counts it: what removing every unused image (tagged too), stopped container, unused
      // volume and build cache entry would free. A prune's own preview says what it frees with its choices.
      description={
        data ? t('diskUsage.summary', { total: formatBytes(data.totalBytes), reclaimable: formatBytes(data.reclaimableBytes) }) : t('diskUsage.measuring')
      }
      dense
      actions={
        <>
          <Tooltip title={t('diskUsage.measureAgain')}>
            <span>
              <IconButton aria-label={t('diskUsage.measureAgainLabel')} onClick={() => void df.refetch()} disabled={df.isFetching}>
                <RefreshOutlined fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
          <Button variant="outlined" color="error" startIcon={<CleaningServicesOutlined fontSize="small" />} onClick={() => setPruning('everything')}>
            {t('diskUsage.pruneEverything')}
          </Button>
        </>
      }
    >
      {df.isFetching && data && <LinearProgress sx={{ height: 2, mb: '-2px' }} aria-label={t('diskUsage.measuringLabel')} />}
      {df.isError && !data && (
        <Alert severity="error" sx={{ m: 2 }}>
          {t('diskUsage.failed', { reason: explain(df.error).summary })}
        </Alert>
      )}
      <Box role="table" aria-label={t('diskUsage.table')} sx={{ fontSize: 13 }}>
        <Box role="row" sx={{ ...rowSx, color: 'text.secondary', fontSize: 12, py: 0.75, bgcolor: 'action.hover' }}>
          <span role="columnheader">{t('diskUsage.columns.kind')}</span>
          <span role="columnheader">{t('diskUsage.columns.count')}</span>
          <span role="columnheader" style={{ textAlign: 'right' }}>
            {t('diskUsage.columns.size')}
          </span>
          <span role="columnheader">{t('diskUsage.columns.reclaimable')}</span>
          <span role="columnheader">
            <Box component="span" sx={visuallyHidden}>
              {t('diskUsage.columns.actions')}
            </Box>
          </span>
        </Box>
        {rows.map((kind) => (
          <UsageRow key={kind} kind={kind} category={data?.[kind]} loading={!data && df.isPending} onPrune={() => setPruning(kind)} />
        ))}
      </Box>
      {ResourcePrune && <ResourcePrune open onClose={closePrune} />}
      {/* eslint-disable-next-line berth/no-literal-ui-text -- the dialog's scope values, not words */}
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
  kind,
  category,
  loading,
  onPrune,
}: {
  kind: Kind;
  category: DiskUsageCategory | undefined;
  loading: boolean;
  onPrune(): void;
}) {
  const { t } = useTranslation('engine');
  const label = t(`diskUsage.rows.${kind}.label`);
  const share = category && category.sizeBytes > 0 ? Math.min(100, (category.reclaimableBytes / category.sizeBytes) * 100) : 0;
  return (
    <Box role="row" aria-label={label} sx={rowSx}>
      <Typography role="rowheader" variant="body2" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography role="cell" variant="body2" color="text.secondary">
        {category ? t(`diskUsage.rows.${kind}.count`, { total: category.total, active: category.active }) : loading ? <Skeleton width={120} /> : '—'}
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
        <Button size="small" onClick={onPrune} aria-label={t(`diskUsage.rows.${kind}.prune`)}>
          {t('diskUsage.prune')}
        </Button>
      </Box>
    </Box>
  );
}
