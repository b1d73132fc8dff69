import Check from '@mui/icons-material/Check';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { useExplainError } from '../../../api/errors';
import { useOp } from '../../../api/hooks';
import { notify, notifyError } from '../../../components/notifications';
import { copyText } from '../../../lib/clipboard';
import { CodeBlock } from '../../../components/CodeBlock';

/** "Copy as docker run": the command that recreates this container, rebuilt by main from its inspect. */
export function RunCommandContent({ container, onClose }: { container: ContainerSummary; onClose(): void }) {
  const { t } = useTranslation('containers');
  const explain = useExplainError();
  const result = useOp('containers.runCommand', { id: container.id });
  const command = result.data?.command;
  // Said on the button too: a snackbar behind a modal dialog is hidden from assistive tech.
  const [copied, setCopied] = useState(false);
  const copy = () => {
    if (!command) return;
    copyText(command).then(
      () => {
        setCopied(true);
        notify({ severity: 'success', title: t('runCommand.copied', { name: container.name }) });
      },
      (error: unknown) => notifyError(t('runCommand.copyFailed'), error),
    );
  };
  return (
    <>
      <DialogTitle id="run-command-title">{t('runCommand.title', { name: container.name })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('runCommand.explanation')}
        </Typography>
        {result.isPending && <CircularProgress size={22} aria-label={t('runCommand.building')} />}
        {result.isError && <Alert severity="error">{explain(result.error).summary} {explain(result.error).detail}</Alert>}
        {command && (
          <CodeBlock aria-label={t('runCommand.label')} data-testid="run-command" tabIndex={0} sx={{ p: 1.5, fontSize: 12.5 }}>
            {command}
          </CodeBlock>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('runCommand.close')}</Button>
        <Button variant="contained" startIcon={copied ? <Check fontSize="small" /> : <ContentCopyOutlined fontSize="small" />} disabled={!command} onClick={copy} autoFocus>
          {copied ? t('runCommand.copiedButton') : t('runCommand.copy')}
        </Button>
      </DialogActions>
    </>
  );
}
