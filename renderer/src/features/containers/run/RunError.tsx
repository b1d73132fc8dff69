import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { Ref } from 'react';
import { BerthError } from '../../../../../shared/contract/errors';
import { describeError } from '../../../api/errors';
import { monoFont } from '../../../components/theme';

/** The engine's refusal, in its own words first (they name the port or the image), the code's meaning after. */
export function RunError({ error, onClose, ref }: { error: unknown; onClose(): void; ref: Ref<HTMLDivElement> }) {
  const { summary, detail } = describeError(error);
  const specific = error instanceof BerthError && ['CONFLICT', 'NOT_FOUND', 'INVALID_INPUT'].includes(error.code) && error.message;
  return (
    <Alert severity="error" role="alert" ref={ref} onClose={onClose} data-testid="run-error">
      <AlertTitle>{error instanceof BerthError && error.code === 'NOT_FOUND' ? 'Not found' : 'The container could not be started'}</AlertTitle>
      {specific ? (
        <>
          {error.message}
          {error.code === 'INVALID_INPUT' && <Box sx={{ mt: 0.5, opacity: 0.85 }}>{summary}</Box>}
        </>
      ) : (
        <>
          {summary}
          {detail && <Box sx={{ mt: 0.5, fontFamily: monoFont, fontSize: 12 }}>{detail}</Box>}
        </>
      )}
    </Alert>
  );
}
