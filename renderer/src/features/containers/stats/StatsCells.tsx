import Box from '@mui/material/Box';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMemory } from '../../../lib/bytes';
import type { StatsHub } from './stats-hub';

export const StatsHubContext = createContext<StatsHub | null>(null);

function useLatest(id: string) {
  const hub = useContext(StatsHubContext);
  const subscribe = useCallback((listener: () => void) => hub?.subscribe(id, listener) ?? (() => {}), [hub, id]);
  return useSyncExternalStore(subscribe, () => hub?.get(id));
}

const dash = (
  <Box component="span" sx={{ color: 'text.disabled' }}>
    —
  </Box>
);

/** The list's CPU % cell: live while the row is on screen and the container runs. */
export function CpuCell({ id, running }: { id: string; running: boolean }) {
  const { t } = useTranslation('stats');
  const sample = useLatest(id);
  if (!running || !sample) return dash;
  return <span title={t('cells.cpuTitle')}>{sample.cpuPercent.toFixed(sample.cpuPercent < 10 ? 1 : 0)}%</span>;
}

export function MemoryCell({ id, running }: { id: string; running: boolean }) {
  const { t } = useTranslation('stats');
  const sample = useLatest(id);
  if (!running || !sample) return dash;
  return <span title={t('cells.memoryTitle', { used: formatMemory(sample.memoryBytes), limit: formatMemory(sample.memoryLimitBytes) })}>{formatMemory(sample.memoryBytes)}</span>;
}
