import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import { useState } from 'react';
import { explainError } from '../../../api/errors';
import { LogView } from '../../../components/log/LogView';
import { useLogStream, type LogStreamState } from './useLogStream';

const tailChoices = [
  { value: '100', label: 'Last 100 lines' },
  { value: '1000', label: 'Last 1,000 lines' },
  { value: '10000', label: 'Last 10,000 lines' },
  { value: 'all', label: 'All lines' },
];

const sinceChoices = [
  { value: '0', label: 'Any time' },
  { value: '300', label: 'Last 5 minutes' },
  { value: '3600', label: 'Last hour' },
  { value: '86400', label: 'Last 24 hours' },
];

/** Selects as tall as the toggle buttons beside them. */
export const compact = { '& .MuiSelect-select, & .MuiInputBase-input': { py: '5px' } } as const;

export function streamStatus(state: LogStreamState): string {
  switch (state.phase) {
    case 'loading':
      return 'Loading…';
    case 'following':
      return 'Following';
    case 'ended':
      return 'End of log';
    case 'failed':
      return 'Stopped';
  }
}

/** One container's log (docker logs): follow, tail, since, timestamps; the viewer does search and the rest. */
export function LogsTab({ id, name }: { id: string; name: string }) {
  const [follow, setFollow] = useState(true);
  const [tail, setTail] = useState('1000');
  // "Since" is relative to the moment it was chosen.
  const [since, setSince] = useState<{ choice: string; epoch?: number }>({ choice: '0' });
  const [timestamps, setTimestamps] = useState(false);
  const input = { id, follow, tail: tail === 'all' ? ('all' as const) : Number(tail), timestamps, ...(since.epoch ? { since: since.epoch } : {}) };
  const { store, state } = useLogStream('containers.logs', input);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      {state.phase === 'failed' && (
        <Alert severity="error" sx={{ borderRadius: 0 }}>
          The log could not be read. {explainError(state.error).summary} {explainError(state.error).detail}
        </Alert>
      )}
      <LogView
        store={store}
        label={`Logs of ${name}`}
        fileName={name}
        showTimestamps={timestamps}
        status={streamStatus(state)}
        controls={
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <ToggleButton value="follow" selected={follow} onChange={() => setFollow((v) => !v)} aria-label="Follow">
              Follow
            </ToggleButton>
            <TextField select value={tail} onChange={(e) => setTail(e.target.value)} sx={{ width: 168, ...compact }} slotProps={{ select: { inputProps: { 'aria-label': 'Lines to show' } } }}>
              {tailChoices.map((choice) => (
                <MenuItem key={choice.value} value={choice.value}>
                  {choice.label}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              value={since.choice}
              onChange={(e) => setSince(e.target.value === '0' ? { choice: '0' } : { choice: e.target.value, epoch: Math.floor(Date.now() / 1000) - Number(e.target.value) })} sx={{ width: 140 }} slotProps={{ select: { inputProps: { 'aria-label': 'Since' } } }}>
              {sinceChoices.map((choice) => (
                <MenuItem key={choice.value} value={choice.value}>
                  {choice.label}
                </MenuItem>
              ))}
            </TextField>
            <ToggleButton value="timestamps" selected={timestamps} onChange={() => setTimestamps((v) => !v)} aria-label="Timestamps">
              Timestamps
            </ToggleButton>
          </Box>
        }
      />
    </Box>
  );
}
