import Close from '@mui/icons-material/Close';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import PauseOutlined from '@mui/icons-material/PauseOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import SearchIcon from '@mui/icons-material/Search';
import StopOutlined from '@mui/icons-material/StopOutlined';
import DangerousOutlined from '@mui/icons-material/DangerousOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactElement, Ref } from 'react';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { monoFont } from '../../app/theme';
import { actionSpecs, type ContainerAction } from './actions';
import type { StateFilter } from './view-rows';

const bulkActions: { action: ContainerAction; icon: ReactElement }[] = [
  { action: 'start', icon: <PlayArrowOutlined fontSize="small" /> },
  { action: 'stop', icon: <StopOutlined fontSize="small" /> },
  { action: 'restart', icon: <RestartAltOutlined fontSize="small" /> },
  { action: 'pause', icon: <PauseOutlined fontSize="small" /> },
  { action: 'unpause', icon: <PlayArrowOutlined fontSize="small" /> },
  { action: 'kill', icon: <DangerousOutlined fontSize="small" /> },
  { action: 'remove', icon: <DeleteOutlined fontSize="small" /> },
];

export interface ContainersToolbarProps {
  total: number;
  running: number;
  search: string;
  onSearch(value: string): void;
  searchRef: Ref<HTMLInputElement>;
  filter: StateFilter;
  onFilter(filter: StateFilter): void;
  selected: readonly ContainerSummary[];
  onBulk(action: ContainerAction, containers: readonly ContainerSummary[]): void;
  onClearSelection(): void;
}

/** Title and counts, search (`/` focuses it), the Running/All filter, and the bulk actions for a selection. */
export function ContainersToolbar(props: ContainersToolbarProps) {
  const { total, running, search, onSearch, searchRef, filter, onFilter, selected, onBulk, onClearSelection } = props;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1.25, flexWrap: 'wrap', minHeight: 56 }}>
      <Box sx={{ mr: 1 }}>
        <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }}>
          Containers
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" aria-live="polite">
          {total} total · {running} running
        </Typography>
      </Box>
      <TextField
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && search) {
            event.preventDefault();
            onSearch('');
          }
        }}
        placeholder="Search containers"
        inputRef={searchRef}
        sx={{ width: 280 }}
        slotProps={{
          htmlInput: { 'aria-label': 'Search containers', spellCheck: false },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
            endAdornment: search ? (
              <InputAdornment position="end">
                <IconButton aria-label="Clear search" edge="end" onClick={() => onSearch('')}>
                  <Close fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : (
              <InputAdornment position="end">
                <Box
                  component="kbd"
                  aria-hidden
                  sx={{ fontFamily: monoFont, fontSize: 11, px: 0.75, border: 1, borderColor: 'divider', borderRadius: 0.75, color: 'text.secondary' }}
                >
                  /
                </Box>
              </InputAdornment>
            ),
          },
        }}
      />
      <ToggleButtonGroup
        exclusive
        value={filter}
        onChange={(_event, value: StateFilter | null) => {
          if (value) onFilter(value);
        }}
        aria-label="Which containers to show"
      >
        <ToggleButton value="running">Running</ToggleButton>
        <ToggleButton value="all">All</ToggleButton>
      </ToggleButtonGroup>
      <Box sx={{ flex: 1 }} />
      {selected.length > 0 && (
        <Box role="toolbar" aria-label="Actions on the selected containers" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, mr: 0.5, whiteSpace: 'nowrap' }}>
            {selected.length} selected
          </Typography>
          <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
          {bulkActions.map(({ action, icon }) => {
            const spec = actionSpecs[action];
            const applicable = selected.filter(spec.appliesTo);
            return (
              <Tooltip key={action} title={`${spec.label} ${applicable.length} of ${selected.length}`}>
                <span>
                  <Button
                    startIcon={icon}
                    color={action === 'remove' || action === 'kill' ? 'error' : 'inherit'}
                    disabled={applicable.length === 0}
                    onClick={() => onBulk(action, selected)}
                    aria-label={`${spec.label} selected containers`}
                  >
                    {spec.label}
                  </Button>
                </span>
              </Tooltip>
            );
          })}
          <Tooltip title="Clear selection">
            <IconButton aria-label="Clear selection" onClick={onClearSelection}>
              <Close fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
      )}
    </Box>
  );
}
