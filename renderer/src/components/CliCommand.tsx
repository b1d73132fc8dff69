import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import TerminalOutlined from '@mui/icons-material/TerminalOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../lib/clipboard';
import { CodeBlock } from './CodeBlock';
import { notify, notifyError } from './notifications';

/** The docker command that does what a dialog does, with a copy button ("Copy as CLI"): the one such block. */
export function CliCommand({ command, what, testId = 'cli-command' }: { command: string; what: string; testId?: string }) {
  const { t } = useTranslation('components');
  const id = useId();
  const copy = () =>
    copyText(command).then(
      () => notify({ severity: 'success', title: t('cli.copied', { what }) }),
      (error: unknown) => notifyError(t('copyFailed'), error),
    );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
        <TerminalOutlined sx={{ fontSize: 16, color: 'text.secondary' }} />
        <Typography id={id} variant="caption" color="text.secondary" sx={{ flex: 1, fontWeight: 600 }}>
          {t('cli.heading')}
        </Typography>
        <Button size="small" startIcon={<ContentCopyOutlined sx={{ fontSize: '16px !important' }} />} onClick={() => void copy()} aria-label={t('cli.copyLabel', { what })}>
          {t('cli.copy')}
        </Button>
      </Box>
      <CodeBlock aria-labelledby={id} data-testid={testId} maxHeight={120}>
        {command}
      </CodeBlock>
    </Box>
  );
}
