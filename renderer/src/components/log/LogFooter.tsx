import Box from '@mui/material/Box';
import { memo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogStore } from './log-store';

/** The line count under the log: follows the store on its own, so nothing else re-renders for it. */
export const LogFooter = memo(function LogFooter({ store, status }: { store: LogStore; status?: string }) {
  const { t } = useTranslation('components');
  useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const count = store.buffer.length;
  return (
    <Box sx={{ display: 'flex', gap: 2, px: 1.5, py: 0.5, borderTop: 1, borderColor: 'divider', color: 'text.secondary', fontSize: 12 }}>
      <span data-testid="log-line-count">
        {t('log.lines', { count })}
        {store.dropped > 0 && t('log.dropped', { dropped: store.dropped, capacity: store.buffer.capacity })}
      </span>
      <Box sx={{ flex: 1 }} />
      {status && <span>{status}</span>}
    </Box>
  );
});
