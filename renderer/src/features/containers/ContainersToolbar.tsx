import Close from '@mui/icons-material/Close';
import CleaningServicesOutlined from '@mui/icons-material/CleaningServicesOutlined';
import PlayArrow from '@mui/icons-material/PlayArrow';
import Button from '@mui/material/Button';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { Ref } from 'react';
import { monoFont } from '../../app/theme';
import type { StateFilter } from './view-rows';

export interface ContainersToolbarProps {
  /** null while the list is not known (loading, engine away). */
  counts: { total: number; running: number } | null;
  search: string;
  onSearch(value: string): void;
  searchRef: Ref<HTMLInputElement>;
  filter: StateFilter;
  onFilter(filter: StateFilter): void;
  onRun(): void;
  onPrune(): void;
}

/** Title and counts, search (`/` focuses it), the Running/All filter, Prune and Run. */
export function ContainersToolbar(props: ContainersToolbarProps) {
  const { counts, search, onSearch, searchRef, filter, onFilter, onRun, onPrune } = props;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1.25, minHeight: 56 }}>
      <Box sx={{ mr: 1 }}>
        <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }}>
          Containers
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {counts ? `${counts.total} total · ${counts.running} running` : '\u00a0'}
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
      <Button variant="outlined" color="inherit" startIcon={<CleaningServicesOutlined fontSize="small" />} onClick={onPrune} sx={{ borderColor: 'divider' }}>
        Prune stopped…
      </Button>
      <Button variant="contained" startIcon={<PlayArrow fontSize="small" />} onClick={onRun} aria-label="Run a container">
        Run…
      </Button>
    </Box>
  );
}
