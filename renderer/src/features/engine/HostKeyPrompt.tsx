import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { explainError } from '../../api/errors';
import { useOpMutation } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { useEngineStatus } from '../../api/engine-status';

/**
 * ssh's "authenticity of host … can't be established" question, asked once when an ssh:// engine presents a
 * host key Berth has never seen: its fingerprint, to compare with the server's, and Trust or Not now. A
 * changed or revoked key is never asked about here: the engine's notice says why it is refused.
 */
export function HostKeyPrompt() {
  const status = useEngineStatus();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const trust = useOpMutation('engines.trustHostKey');
  const hostKey = status?.state === 'unavailable' ? status.hostKey : undefined;
  if (!hostKey || hostKey.problem !== 'unknown' || dismissed === hostKey.fingerprint) return null;
  const name = hostKey.port === 22 ? hostKey.host : `[${hostKey.host}]:${hostKey.port}`;
  return (
    <Dialog open onClose={() => setDismissed(hostKey.fingerprint)} aria-labelledby="host-key-title" maxWidth="sm" fullWidth>
      <DialogTitle id="host-key-title">Trust this ssh host?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Berth has not connected to {name} before, so it cannot tell yet that this is the right server. Its {hostKey.keyType} host key
          fingerprint is:
        </DialogContentText>
        <Typography data-testid="host-key-fingerprint" sx={{ fontFamily: monoFont, my: 1.5, wordBreak: 'break-all' }}>
          {hostKey.fingerprint}
        </Typography>
        <DialogContentText>
          Compare it with the server’s own (there: ssh-keygen -lf /etc/ssh/ssh_host_{hostKey.keyType.replace(/^ssh-/, '')}_key.pub). Once trusted, Berth
          keeps the key in its own known_hosts and warns if it ever changes.
        </DialogContentText>
        {trust.error && (
          <Typography role="alert" color="error" sx={{ mt: 1.5 }}>
            {explainError(trust.error).summary}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setDismissed(hostKey.fingerprint)}>Not now</Button>
        <Button
          variant="contained"
          disabled={trust.isPending}
          startIcon={trust.isPending ? <CircularProgress size={14} color="inherit" /> : undefined}
          onClick={() => trust.mutate({ host: hostKey.host, port: hostKey.port, fingerprint: hostKey.fingerprint })}
        >
          Trust and connect
        </Button>
      </DialogActions>
    </Dialog>
  );
}
