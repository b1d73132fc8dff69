import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ComposeTool } from '../../../../../shared/contract/compose';
import { InstallHint } from '../InstallHint';

/** No compose tool to run: which one was looked for, how to install one, and the way to its setting. */
export function ToolAlert({ tool }: { tool: ComposeTool }) {
  const { t } = useTranslation('compose');
  const configured = tool.source === 'setting' ? (tool.command[0] ?? null) : null;
  return (
    <Alert severity="warning" data-testid="compose-tool-missing">
      <AlertTitle>{t('tool.missingTitle')}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {configured ? t('tool.configuredMissing', { path: configured }) : t('tool.missing')}
      </Typography>
      <InstallHint />
    </Alert>
  );
}
