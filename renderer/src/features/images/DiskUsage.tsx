import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { DiskUsageCategory } from '../../../../shared/contract/system';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { formatBytes } from '../../lib/bytes';

const EMPTY = {};

/** docker system df in one line: images, containers, volumes, build cache, and what could be reclaimed. */
export function DiskUsage() {
  const { t } = useTranslation('images');
  const df = useOp('system.df', EMPTY);
  const data = df.data;
  if (df.isError && !data) {
    return (
      <Typography variant="caption" color="text.secondary">
        {t('disk.unavailable')}
      </Typography>
    );
  }
  const item = (kind: 'images' | 'containers' | 'volumes' | 'buildCache', category: DiskUsageCategory | undefined) => (
    <Tooltip title={category ? t(`disk.tooltip.${kind}`, { total: category.total, active: category.active, reclaimable: formatBytes(category.reclaimableBytes) }) : ''}>
      <Box component="li" sx={{ display: 'flex', gap: 0.5, alignItems: 'baseline' }}>
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {t(`disk.label.${kind}`)}
        </Box>
        <Box component="span" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
          {category ? formatBytes(category.sizeBytes) : <Skeleton width={36} sx={{ display: 'inline-block' }} />}
        </Box>
      </Box>
    </Tooltip>
  );
  return (
    <Box
      component="ul"
      aria-label={t('disk.label.all')}
      data-testid="disk-usage"
      sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', columnGap: 1.75, rowGap: 0.25, fontSize: 12, '& > li:not(:last-child)::after': { content: '""' } }}
    >
      {item('images', data?.images)}
      {item('containers', data?.containers)}
      {item('volumes', data?.volumes)}
      {item('buildCache', data?.buildCache)}
      <Tooltip title={t('disk.reclaimableHint')}>
        <Box component="li" sx={{ display: 'flex', gap: 0.5, alignItems: 'baseline', pl: 1.25, borderLeft: 1, borderColor: 'divider' }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t('disk.reclaimable')}
          </Box>
          <Box component="span" sx={{ fontWeight: 600, color: 'warning.main', fontVariantNumeric: 'tabular-nums' }}>
            {data ? formatBytes(data.reclaimableBytes) : <Skeleton width={36} sx={{ display: 'inline-block' }} />}
          </Box>
        </Box>
      </Tooltip>
    </Box>
  );
}
