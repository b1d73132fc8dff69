import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplainError } from '../../api/errors';
import { useOpMutation } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { useEngineStatus } from '../../api/engine-status';
import type { HostKeyProblem } from '../../../../shared/contract/engine';

/**
 * ssh's "authenticity of host … can't be established" question, asked once when an ssh:// engine presents a
 * host key Berth has never seen: its fingerprint, to compare with the server's, and Trust or Not now. A
 * changed or revoked key is never asked about here: the engine's notice says why it is refused.
 */
export function HostKeyPrompt() {
  const status = useEngineStatus();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const hostKey = status?.state === 'unavailable' ? status.hostKey : undefined;
  if (!hostKey || hostKey.problem !== 'unknown' || dismissed === hostKey.fingerprint) return null;
  // Mounted by the app shell: the engine namespace is fetched only when there is a question to ask.
  return (
    <Suspense fallback={null}>
      <HostKeyDialog hostKey={hostKey} onDismiss={() => setDismissed(hostKey.fingerprint)} />
    </Suspense>
  );
}

function HostKeyDialog({ hostKey, onDismiss }: { hostKey: HostKeyProblem; onDismiss(): void }) {
  const { t } = useTranslation('engine');
  const explain = useExplainError();
  const trust = useOpMutation('engines.trustHostKey');
  const name = hostKey.port === 22 ? hostKey.host : `[${hostKey.host}]:${hostKey.port}`;
  const command = `ssh-keygen -lf /etc/ssh/ssh_host_${hostKey.keyType.replace(/^ssh-/, '')}_key.pub`;
  return (
    <Dialog open onClose={onDismiss} aria-labelledby="host-key-title" maxWidth="sm" fullWidth>
      <DialogTitle id="host-key-title">{t('hostKey.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {t('hostKey.unknown', { name, keyType: hostKey.keyType })}
        </DialogContentText>
        <Typography data-testid="host-key-fingerprint" sx={{ fontFamily: monoFont, my: 1.5, wordBreak: 'break-all' }}>
          {hostKey.fingerprint}
        </Typography>
        <DialogContentText>
          {t('hostKey.compare', { command })}
        </DialogContentText>
        {trust.error && (
          <Typography role="alert" color="error" sx={{ mt: 1.5 }}>
            {explain(trust.error).summary}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onDismiss}>{t('hostKey.notNow')}</Button>
        <Button
          variant="contained"
          disabled={trust.isPending}
          startIcon={trust.isPending ? <CircularProgress size={14} color="inherit" /> : undefined}
          onClick={() => trust.mutate({ host: hostKey.host, port: hostKey.port, fingerprint: hostKey.fingerprint })}
        >
          {t('hostKey.trust')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
