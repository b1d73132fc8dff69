import ViewInArOutlined from '@mui/icons-material/ViewInArOutlined';
import PlayArrow from '@mui/icons-material/PlayArrow';
import SearchOff from '@mui/icons-material/SearchOff';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { EngineActionButton } from '../../components/EngineActionButton';
import { monoFont } from '../../components/theme';
import { EmptyState } from '../../components/PageParts';


/** The engine has no containers at all: say how they come, and offer the first one. */
export function NoContainers({ onRun }: { onRun(): void }) {
  return (
    <EmptyState icon={<ViewInArOutlined />} title="No containers">
      <Typography variant="body2" color="text.secondary">
        Containers appear here as soon as they are created, for example with{' '}
        <Box component="code" sx={{ fontFamily: monoFont, fontSize: 12 }}>
          docker run
        </Box>{' '}
        or{' '}
        <Box component="code" sx={{ fontFamily: monoFont, fontSize: 12 }}>
          docker compose up
        </Box>
        .
      </Typography>
      <EngineActionButton variant="contained" startIcon={<PlayArrow fontSize="small" />} onClick={onRun} sx={{ mt: 1 }}>
        {/* Not "Run a container": that is the toolbar's button, on the same page. */}
        Run your first container
      </EngineActionButton>
    </EmptyState>
  );
}

/** Containers exist, but the search or the Running filter hides them all. */
export function NoMatches({ search, onClearSearch, onShowAll }: { search: string; onClearSearch(): void; onShowAll?(): void }) {
  const query = search.trim();
  return (
    <EmptyState icon={<SearchOff />} title={query ? `No containers match “${query}”` : 'No running containers'}>
      <Box sx={{ display: 'flex', gap: 1 }}>
        {query && (
          <Button variant="outlined" onClick={onClearSearch}>
            Clear search
          </Button>
        )}
        {onShowAll && (
          <Button variant="outlined" onClick={onShowAll}>
            Show all containers
          </Button>
        )}
      </Box>
    </EmptyState>
  );
}
