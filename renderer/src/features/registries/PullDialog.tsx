import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BerthError } from '../../../../shared/contract/errors';
import type { TransferEvent } from '../../../../shared/contract/images';
import { invalidateOp, useStream } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { LoginDialog } from './LoginDialog';
import { describeRegistryError, unauthorizedRegistry } from './registry-words';

/** docker pull of one reference with its progress; closing the dialog while it runs cancels the pull. */
export function PullDialog({ reference, onClose }: { reference: string | null; onClose(): void }) {
  return (
    <Dialog open={reference !== null} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="pull-dialog-title">
      {reference && <Pull key={reference} reference={reference} onClose={onClose} />}
    </Dialog>
  );
}

type Progress = Extract<TransferEvent, { kind: 'progress' }>;

function Pull({ reference, onClose }: { reference: string; onClose(): void }) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState('Starting…');
  const [done, setDone] = useState<Extract<TransferEvent, { kind: 'done' }> | null>(null);
  const [error, setError] = useState<BerthError | null>(null);
  const [signingIn, setSigningIn] = useState<string | null>(null);

  useStream(
    'images.pull',
    { reference },
    (event) => {
      if (event.kind === 'progress') setProgress(event);
      else if (event.kind === 'status') setStatus(event.text);
      else {
        setDone(event);
        void invalidateOp(queryClient, 'images.list');
      }
    },
    {
      enabled: done === null && error === null,
      onEnd: (failure) => {
        if (failure) setError(failure);
      },
    },
  );
  // With the error gone the stream is enabled again, and opens anew (after signing in, say).
  const retry = () => {
    setProgress(null);
    setStatus('Starting…');
    setError(null);
  };
  const needsLogin = unauthorizedRegistry(error);
  const described = error ? describeRegistryError(error) : null;
  const running = !done && !error;

  return (
    <>
      <DialogTitle id="pull-dialog-title">Pull {reference}</DialogTitle>
      <DialogContent>
        {running && (
          <Box role="status" aria-label={`Pulling ${reference}`}>
            <LinearProgress
              variant={progress && progress.bytesTotal > 0 ? 'determinate' : 'indeterminate'}
              value={Math.round((progress?.fraction ?? 0) * 100)}
              sx={{ mb: 1.5 }}
            />
            <Typography variant="body2" color="text.secondary">
              {progress && progress.bytesTotal > 0
                ? `${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)} · ${formatBytes(progress.bytesPerSecond)}/s`
                : status}
            </Typography>
          </Box>
        )}
        {done && (
          <Alert severity="success" role="status">
            Pulled {done.reference}
            {done.digest && (
              <Box component="div" sx={{ fontFamily: monoFont, fontSize: 12, mt: 0.5, wordBreak: 'break-all' }}>
                {done.digest}
              </Box>
            )}
          </Alert>
        )}
        {described && (
          <Alert
            severity="error"
            role="alert"
            action={
              needsLogin ? (
                <Button color="inherit" onClick={() => setSigningIn(needsLogin)}>
                  Sign in
                </Button>
              ) : undefined
            }
          >
            Could not pull {reference}. {described.summary}
            {described.detail && <Box sx={{ mt: 0.5, opacity: 0.85 }}>{described.detail}</Box>}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {error && !needsLogin && <Button onClick={retry}>Try again</Button>}
        <Button onClick={onClose} variant={running ? 'text' : 'contained'} autoFocus={!running}>
          {running ? 'Cancel' : 'Close'}
        </Button>
      </DialogActions>
      <LoginDialog open={signingIn !== null} registry={signingIn ?? undefined} onClose={() => setSigningIn(null)} onSignedIn={retry} />
    </>
  );
}
