import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplainError } from '../../../api/errors';
import { LogView } from '../../../components/log/LogView';
import { useLogStream, type LogStreamState } from './useLogStream';

const tailChoices = (t: TFunction) => [
  { value: '100', label: t('logs.tail', { count: 100 }) },
  { value: '1000', label: t('logs.tail', { count: 1000 }) },
  { value: '10000', label: t('logs.tail', { count: 10000 }) },
  { value: 'all', label: t('logs.allLines') },
];

const sinceChoices = (t: TFunction) => [
  { value: '0', label: t('logs.anyTime') },
  { value: '300', label: t('logs.last5Minutes') },
  { value: '3600', label: t('logs.lastHour') },
  { value: '86400', label: t('logs.last24Hours') },
];

/** Selects as tall as the toggle buttons beside them. */
export const compact = { '& .MuiSelect-select, & .MuiInputBase-input': { py: '5px' } } as const;

/** Follow, the view's own selects (`children`), then timestamps: the controls of every containers' log view. */
export function LogControls({
  follow,
  onFollow,
  timestamps,
  onTimestamps,
  children,
}: {
  follow: boolean;
  onFollow(next: boolean): void;
  timestamps: boolean;
  onTimestamps(next: boolean): void;
  children: ReactNode;
}) {
  const { t } = useTranslation('containers');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <ToggleButton value="follow" selected={follow} onChange={() => onFollow(!follow)} aria-label={t('logs.follow')}>
        {t('logs.follow')}
      </ToggleButton>
      {children}
      <ToggleButton value="timestamps" selected={timestamps} onChange={() => onTimestamps(!timestamps)} aria-label={t('logs.timestamps')}>
        {t('logs.timestamps')}
      </ToggleButton>
    </Box>
  );
}

/** The log's state in the viewer's footer (`t` of the containers namespace). */
export function streamStatus(t: TFunction, state: LogStreamState): string {
  switch (state.phase) {
    case 'loading':
      return t('logs.loading');
    case 'following':
      return t('logs.following');
    case 'ended':
      return t('logs.ended');
    case 'failed':
      return t('logs.stopped');
  }
}

/** One container's log (docker logs): follow, tail, since, timestamps; the viewer does search and the rest. */
export function LogsTab({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('containers');
  const explain = useExplainError();
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
          {t('logs.readFailed')} {explain(state.error).summary} {explain(state.error).detail}
        </Alert>
      )}
      <LogView
        store={store}
        label={t('logs.label', { name })}
        fileName={name}
        showTimestamps={timestamps}
        status={streamStatus(t, state)}
        controls={
          <LogControls follow={follow} onFollow={setFollow} timestamps={timestamps} onTimestamps={setTimestamps}>
            <TextField select value={tail} onChange={(e) => setTail(e.target.value)} sx={{ width: 168, ...compact }} slotProps={{ select: { inputProps: { 'aria-label': t('logs.lines') } } }}>
              {tailChoices(t).map((choice) => (
                <MenuItem key={choice.value} value={choice.value}>
                  {choice.label}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              value={since.choice}
              onChange={(e) => setSince(e.target.value === '0' ? { choice: '0' } : { choice: e.target.value, epoch: Math.floor(Date.now() / 1000) - Number(e.target.value) })} sx={{ width: 140 }} slotProps={{ select: { inputProps: { 'aria-label': t('logs.since') } } }}>
              {sinceChoices(t).map((choice) => (
                <MenuItem key={choice.value} value={choice.value}>
                  {choice.label}
                </MenuItem>
              ))}
            </TextField>
          </LogControls>
        }
      />
    </Box>
  );
}
