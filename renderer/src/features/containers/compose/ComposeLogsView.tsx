import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BerthError } from '../../../../../shared/contract/errors';
import { LogView } from '../../../components/log/LogView';
import { compact, LogControls, streamStatus } from '../logs/LogsTab';
import { useLogStream } from '../logs/useLogStream';

const TAILS = [50, 200, 1000, 10000] as const;

/**
 * A compose project's containers' logs merged in one view (compose.logs), each line naming its container: all
 * services or the given ones, with follow, lines per container and timestamps. The project list's dialog and
 * the compose project page both show it; `failure` words a stream that stopped on an error.
 */
export function ComposeLogsView({
  project,
  services = [],
  label,
  failure,
}: {
  project: string;
  services?: readonly string[];
  label: string;
  failure(error: BerthError): ReactNode;
}) {
  const { t } = useTranslation('containers');
  const [follow, setFollow] = useState(true);
  const [tail, setTail] = useState(200);
  const [timestamps, setTimestamps] = useState(false);
  const { store, state } = useLogStream('compose.logs', { project, services: [...services], follow, tail });
  return (
    <>
      {state.phase === 'failed' && failure(state.error)}
      <LogView
        store={store}
        label={label}
        fileName={project}
        showTimestamps={timestamps}
        status={streamStatus(t, state)}
        controls={
          <LogControls follow={follow} onFollow={setFollow} timestamps={timestamps} onTimestamps={setTimestamps}>
            <TextField select value={tail} onChange={(e) => setTail(Number(e.target.value))} sx={{ width: 236, ...compact }} slotProps={{ select: { inputProps: { 'aria-label': t('compose.linesPerContainer') } } }}>
              {TAILS.map((n) => (
                <MenuItem key={n} value={n}>
                  {t('compose.tail', { count: n })}
                </MenuItem>
              ))}
            </TextField>
          </LogControls>
        }
      />
    </>
  );
}
