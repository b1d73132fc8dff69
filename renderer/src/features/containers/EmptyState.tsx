import ViewInArOutlined from '@mui/icons-material/ViewInArOutlined';
import PlayArrow from '@mui/icons-material/PlayArrow';
import SearchOff from '@mui/icons-material/SearchOff';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { EngineActionButton } from '../../components/EngineActionButton';
import { monoFont } from '../../components/theme';

function Empty({ icon, title, children }: { icon: ReactNode; title: string; children?: ReactNode }) {
  return (
    <Box role="status" sx={{ flex: 1, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 1, p: 4, textAlign: 'center' }}>
      <Box sx={{ color: 'text.disabled', '& svg': { fontSize: 44 } }}>{icon}</Box>
      <Typography variant="h6" component="p">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The engine has no containers at all: say how they come, and offer the first one. */
export function NoContainers({ onRun }: { onRun(): void }) {
  return (
    <Empty icon={<ViewInArOutlined />} title="No containers">
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
        Run a container
      </EngineActionButton>
    </Empty>
  );
}

/** Containers exist, but the search or the Running filter hides them all. */
export function NoMatches({ search, onClearSearch, onShowAll }: { search: string; onClearSearch(): void; onShowAll?(): void }) {
  const query = search.trim();
  return (
    <Empty icon={<SearchOff />} title={query ? `No containers match “${query}”` : 'No running containers'}>
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
    </Empty>
  );
}
