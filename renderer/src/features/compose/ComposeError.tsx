import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { BerthError } from '../../../../shared/contract/errors';
import { useExplainError, type HumanError } from '../../api/errors';
import { CodeBlock } from '../../components/CodeBlock';
import { InstallHint } from './InstallHint';
import { RUN_INCOMPLETE } from './jobs/compose-jobs';

/*
 * A compose tool's failures in words: no tool at all (how to install one, where to set its path), the tool's
 * own error (its stderr, shown as its words), and everything else as any other error.
 */

interface ComposeErrorDetails {
  reason?: unknown;
  configured?: unknown;
  stderr?: unknown;
  exitCode?: unknown;
}

const detailsOf = (error: unknown): ComposeErrorDetails => (error instanceof BerthError ? ((error.details ?? {}) as ComposeErrorDetails) : {});

/** No compose tool ran: none on PATH, or the one set in Settings (its path) could not be run. */
export function missingTool(error: unknown): { configured: string | null } | null {
  if (!(error instanceof BerthError) || error.code !== 'NOT_FOUND') return null;
  const details = detailsOf(error);
  if (details.reason !== 'compose-tool-missing') return null;
  return { configured: typeof details.configured === 'string' ? details.configured : null };
}

/** A compose error's words: the summary and main's detail, the tool's stderr apart. */
function useComposeWords(): (error: unknown) => HumanError & { stderr: string | null } {
  const { t } = useTranslation('compose');
  const explain = useExplainError();
  return (error) => {
    const details = detailsOf(error);
    const stderr = typeof details.stderr === 'string' && details.stderr.trim() ? details.stderr : null;
    if (details.reason === RUN_INCOMPLETE) return { summary: t('error.incomplete'), stderr };
    const human = explain(error, { mainWordsFirst: true });
    // The tool failed in a way Berth has no code for: what it said is the message, its exit code the summary.
    if (error instanceof BerthError && error.code === 'INTERNAL' && details.reason === 'compose-failed' && typeof details.exitCode === 'number') {
      return { summary: t('error.exited', { code: details.exitCode }), detail: error.message, stderr };
    }
    return { ...human, stderr };
  };
}

/** A failed compose call or run as an alert; `what` says what was being done. */
export function ComposeErrorAlert({ error, what }: { error: unknown; what: string }) {
  const { t } = useTranslation('compose');
  const words = useComposeWords();
  const missing = missingTool(error);
  if (missing) {
    return (
      <Alert severity="error" role="alert" data-testid="compose-tool-missing">
        <AlertTitle>{what}</AlertTitle>
        <Typography variant="body2" sx={{ mb: 0.5 }}>
          {missing.configured ? t('tool.configuredMissing', { path: missing.configured }) : t('tool.missing')}
        </Typography>
        <InstallHint />
      </Alert>
    );
  }
  const { summary, detail, stderr } = words(error);
  return (
    <Alert severity="error" role="alert" sx={{ '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}>
      <AlertTitle>{what}</AlertTitle>
      <Typography variant="body2">{summary}</Typography>
      {detail && (
        <Typography variant="body2" sx={{ mt: 0.5, opacity: 0.85, wordBreak: 'break-word' }}>
          {detail}
        </Typography>
      )}
      {stderr && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="caption" component="div" sx={{ fontWeight: 600 }}>
            {t('error.toolSaid')}
          </Typography>
          <CodeBlock maxHeight={160} data-testid="compose-tool-stderr" aria-label={t('error.toolSaid')}>
            {stderr}
          </CodeBlock>
        </Box>
      )}
    </Alert>
  );
}
