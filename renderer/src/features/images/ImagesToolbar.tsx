import CleaningServicesOutlined from '@mui/icons-material/CleaningServicesOutlined';
import CloudDownloadOutlined from '@mui/icons-material/CloudDownloadOutlined';
import ConstructionOutlined from '@mui/icons-material/ConstructionOutlined';
import FileOpenOutlined from '@mui/icons-material/FileOpenOutlined';
import Box from '@mui/material/Box';
import { EngineActionButton } from '../../components/EngineActionButton';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../components/SearchField';
import { DiskUsage } from './DiskUsage';
import type { FilterCounts, ImageFilter } from './image-rows';

interface ImagesToolbarProps {
  /** null while the list is not known. */
  summary: { images: number; tags: number } | null;
  counts: FilterCounts | null;
  search: string;
  onSearch(value: string): void;
  filter: ImageFilter;
  onFilter(filter: ImageFilter): void;
  onPull(): void;
  onBuild(): void;
  onLoad(): void;
  onPrune(): void;
}

const FILTERS: readonly ImageFilter[] = ['all', 'in-use', 'unused', 'dangling'];

/** Title with counts and disk usage, the actions, then search (`/` focuses it) and the filters. */
export function ImagesToolbar(props: ImagesToolbarProps) {
  const { summary, counts, search, onSearch, filter, onFilter, onPull, onBuild, onLoad, onPrune } = props;
  const { t } = useTranslation('images');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, px: 2, pt: 1.25, pb: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1.5, flexWrap: 'wrap' }}>
        <Box sx={{ mr: 1, minWidth: 0, flex: 1 }}>
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.25 }}>
            <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }}>
              {t('toolbar.title')}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div" data-testid="images-summary">
              {summary ? t('toolbar.summary', { images: summary.images, tags: summary.tags }) : '\u00a0'}
            </Typography>
          </Box>
          <Box sx={{ mt: 0.5 }}>
            <DiskUsage />
          </Box>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <EngineActionButton variant="outlined" color="inherit" startIcon={<CleaningServicesOutlined fontSize="small" />} onClick={onPrune} sx={{ borderColor: 'divider' }}>
            {t('toolbar.prune')}
          </EngineActionButton>
          <EngineActionButton variant="outlined" color="inherit" startIcon={<FileOpenOutlined fontSize="small" />} onClick={onLoad} sx={{ borderColor: 'divider' }}>
            {t('toolbar.load')}
          </EngineActionButton>
          <EngineActionButton variant="outlined" startIcon={<ConstructionOutlined fontSize="small" />} onClick={onBuild} aria-label={t('build.title')}>
            {t('toolbar.build')}
          </EngineActionButton>
          <EngineActionButton variant="contained" startIcon={<CloudDownloadOutlined fontSize="small" />} onClick={onPull} aria-label={t('pull.title')}>
            {t('toolbar.pull')}
          </EngineActionButton>
        </Box>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <SearchField value={search} onChange={onSearch} label={t('toolbar.search')} width={320} />
        <ToggleButtonGroup exclusive value={filter} onChange={(_event, value: ImageFilter | null) => value && onFilter(value)} aria-label={t('toolbar.filterLabel')}>
          {FILTERS.map((value) => (
            <ToggleButton key={value} value={value} aria-label={t(`toolbar.filters.${value}`)}>
              {t(`toolbar.filters.${value}`)}
              {counts && (
                <Box component="span" aria-hidden sx={{ ml: 0.75, color: 'text.secondary', fontVariantNumeric: 'tabular-nums', fontSize: 11 }}>
                  {counts[value]}
                </Box>
              )}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
    </Box>
  );
}
