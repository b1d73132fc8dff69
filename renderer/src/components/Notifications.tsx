import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { Suspense } from 'react';
import { useExplainError } from '../api/errors';
import { useStore } from '../lib/store';
import { dismiss, notifications } from './notifications';

/** Shows the first queued notification; errors stay longer than confirmations. */
export function Notifications() {
  // Its own boundary: the app shell does not wait for the words of errors, which only this needs.
  return (
    <Suspense fallback={null}>
      <CurrentNotification />
    </Suspense>
  );
}

function CurrentNotification() {
  const queue = useStore(notifications);
  const explain = useExplainError();
  const queued = queue[0];
  if (!queued) return null;
  // An error is explained as it is shown, so that its words follow the UI language.
  const explained = queued.error === undefined ? null : explain(queued.error);
  const current = explained ? { ...queued, message: explained.summary, detail: explained.detail } : queued;
  return (
    <Snackbar
      key={current.id}
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      // Errors and offers of a next step stay long enough to be read and followed.
      autoHideDuration={current.severity === 'error' || current.action ? 12_000 : 4_000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') dismiss(current.id);
      }}
    >
      <Alert
        severity={current.severity}
        variant="filled"
        onClose={() => dismiss(current.id)}
        sx={{ minWidth: 360, maxWidth: 640, alignItems: 'flex-start' }}
      >
        <AlertTitle sx={{ mb: current.message || current.detail ? 0.25 : 0 }}>{current.title}</AlertTitle>
        {current.message}
        {current.detail && (
          <Box component="span" sx={{ display: 'block', mt: 0.5, opacity: 0.85, fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-word' }}>
            {current.detail}
          </Box>
        )}
        {current.action && (
          <Button href={current.action.href} onClick={() => dismiss(current.id)} color="inherit" variant="outlined" size="small" sx={{ display: 'flex', width: 'fit-content', mt: 1 }}>
            {current.action.label}
          </Button>
        )}
      </Alert>
    </Snackbar>
  );
}
