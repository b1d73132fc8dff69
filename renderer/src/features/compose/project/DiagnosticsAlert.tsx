import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ComposeDiagnostic, ComposeFileProject } from '../../../../../shared/contract/compose';
import { routes } from '../../../../../shared/routes';
import { monoFont } from '../../../components/theme';
import { diagnosticText } from '../editor/diagnostics';
import { fileName } from '../editor/file-name';

/** Problems beyond this many are counted, not listed (the editor lists them all). */
const SHOWN = 8;

/**
 * The problems of the files as they are on disk, each at its file:line:column with a way to the editor; with an
 * error among them nothing is run (compose would refuse the files too).
 */
export function DiagnosticsAlert({ project, diagnostics }: { project: ComposeFileProject; diagnostics: readonly ComposeDiagnostic[] }) {
  const { t } = useTranslation('compose');
  // The diagnostics' sentences are the editor's, in its namespace.
  const { t: editorT } = useTranslation('composeEditor');
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const editor = routes.composeProject(project.id, { tab: 'editor' });
  const severity = errors > 0 ? 'error' : 'warning';
  return (
    <Alert severity={severity} role={errors > 0 ? 'alert' : undefined} data-testid="compose-diagnostics" data-errors={errors}>
      <AlertTitle>{errors > 0 ? t('diagnostics.errors', { count: errors }) : t('diagnostics.warnings', { count: diagnostics.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {diagnostics.slice(0, SHOWN).map((diagnostic, index) => {
          const place = t('diagnostics.place', { file: fileName(diagnostic.file), line: diagnostic.line, column: diagnostic.column });
          return (
            <li key={index}>
              <Link href={editor} color="inherit" title={diagnostic.file} aria-label={t('diagnostics.show', { place })} sx={{ fontFamily: monoFont, fontSize: 12.5, mr: 1 }}>
                {place}
              </Link>
              {diagnosticText(diagnostic, editorT as TFunction)}
            </li>
          );
        })}
      </Box>
      {diagnostics.length > SHOWN && (
        <Link href={editor} color="inherit" sx={{ display: 'inline-block', mt: 0.5 }}>
          {t('diagnostics.more', { count: diagnostics.length - SHOWN })}
        </Link>
      )}
      {errors > 0 && <Box sx={{ mt: 0.5 }}>{t('diagnostics.blocked')}</Box>}
    </Alert>
  );
}
