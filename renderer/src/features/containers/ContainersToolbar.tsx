import CleaningServicesOutlined from '@mui/icons-material/CleaningServicesOutlined';
import PlayArrow from '@mui/icons-material/PlayArrow';
import Box from '@mui/material/Box';
import { EngineActionButton } from '../../components/EngineActionButton';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../components/SearchField';
import type { StateFilter } from './view-rows';

interface ContainersToolbarProps {
  /** null while the list is not known (loading, engine away). */
  counts: { total: number; running: number } | null;
  search: string;
  onSearch(value: string): void;
  filter: StateFilter;
  onFilter(filter: StateFilter): void;
  onRun(): void;
  onPrune(): void;
}

/** Title and counts, search (`/` focuses it), the Running/All filter, Prune and Run. */
export function ContainersToolbar(props: ContainersToolbarProps) {
  const { counts, search, onSearch, filter, onFilter, onRun, onPrune } = props;
  const { t } = useTranslation('containers');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1.25, minHeight: 56 }}>
      <Box sx={{ mr: 1 }}>
        <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }}>
          {t('toolbar.title')}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {counts ? t('toolbar.counts', { total: counts.total, running: counts.running }) : '\u00a0'}
        </Typography>
      </Box>
      <SearchField value={search} onChange={onSearch} label={t('toolbar.search')} width={280} />
      <ToggleButtonGroup
        exclusive
        value={filter}
        onChange={(_event, value: StateFilter | null) => {
          if (value) onFilter(value);
        }}
        aria-label={t('toolbar.filter')}
      >
        <ToggleButton value="running">{t('toolbar.running')}</ToggleButton>
        <ToggleButton value="all">{t('toolbar.all')}</ToggleButton>
      </ToggleButtonGroup>
      <Box sx={{ flex: 1 }} />
      <EngineActionButton variant="outlined" color="inherit" startIcon={<CleaningServicesOutlined fontSize="small" />} onClick={onPrune} sx={{ borderColor: 'divider' }}>
        {t('toolbar.prune')}
      </EngineActionButton>
      <EngineActionButton variant="contained" startIcon={<PlayArrow fontSize="small" />} onClick={onRun} aria-label={t('toolbar.runLabel')}>
        {t('toolbar.run')}
      </EngineActionButton>
    </Box>
  );
}
