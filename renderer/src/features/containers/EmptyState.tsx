import ViewInArOutlined from '@mui/icons-material/ViewInArOutlined';
import PlayArrow from '@mui/icons-material/PlayArrow';
import SearchOff from '@mui/icons-material/SearchOff';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Trans, useTranslation } from 'react-i18next';
import { EngineActionButton } from '../../components/EngineActionButton';
import { monoFont } from '../../components/theme';
import { EmptyState } from '../../components/PageParts';


/** The engine has no containers at all: say how they come, and offer the first one. */
export function NoContainers({ onRun }: { onRun(): void }) {
  const { t } = useTranslation('containers');
  return (
    <EmptyState icon={<ViewInArOutlined />} title={t('empty.noContainers')}>
      <Typography variant="body2" color="text.secondary">
        <Trans t={t} i18nKey="empty.howTheyCome" components={{ code: <Box component="code" sx={{ fontFamily: monoFont, fontSize: 12 }} /> }} />
      </Typography>
      <EngineActionButton variant="contained" startIcon={<PlayArrow fontSize="small" />} onClick={onRun} sx={{ mt: 1 }}>
        {/* Not "Run a container": that is the toolbar's button, on the same page. */}
        {t('empty.runFirst')}
      </EngineActionButton>
    </EmptyState>
  );
}

/** Containers exist, but the search or the Running filter hides them all. */
export function NoMatches({ search, onClearSearch, onShowAll }: { search: string; onClearSearch(): void; onShowAll?(): void }) {
  const { t } = useTranslation('containers');
  const query = search.trim();
  return (
    <EmptyState icon={<SearchOff />} title={query ? t('empty.noMatches', { query }) : t('empty.noRunning')}>
      <Box sx={{ display: 'flex', gap: 1 }}>
        {query && (
          <Button variant="outlined" onClick={onClearSearch}>
            {t('empty.clearSearch')}
          </Button>
        )}
        {onShowAll && (
          <Button variant="outlined" onClick={onShowAll}>
            {t('empty.showAll')}
          </Button>
        )}
      </Box>
    </EmptyState>
  );
}
