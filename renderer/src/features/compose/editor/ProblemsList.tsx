import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ComposeDiagnostic } from '../../../../../shared/contract/compose';
import { ErrorAlert } from '../../../components/PageParts';
import { monoFont } from '../../../components/theme';
import type { CheckOutcome } from './CodeEditor';
import { diagnosticText, problemCounts } from './diagnostics';
import { fileName } from './file-name';

/**
 * The problems main found in the project with the open file's text: each worded, at its file, line and
 * column; choosing one puts the cursor there (in the file's tab). `data-problems` holds their number once
 * the first check has answered.
 */
export function ProblemsList({ outcome, files, onJump }: { outcome: CheckOutcome | undefined; files: readonly string[]; onJump(diagnostic: ComposeDiagnostic): void }) {
  const { t } = useTranslation('composeEditor');
  const diagnostics = outcome && 'check' in outcome ? outcome.check.diagnostics : null;
  const counts = diagnostics ? problemCounts(diagnostics) : null;
  return (
    <Box
      component="section"
      aria-label={t('problems.label')}
      aria-busy={outcome === undefined}
      data-testid="compose-problems"
      data-problems={diagnostics?.length}
      sx={{ borderTop: 1, borderColor: 'divider', maxHeight: 200, overflow: 'auto', flexShrink: 0 }}
    >
      <Typography variant="caption" component="h3" sx={{ display: 'block', px: 1.5, pt: 1, pb: 0.5, fontWeight: 600, color: 'text.secondary' }}>
        {counts === null ? t('problems.checking') : diagnostics!.length === 0 ? t('problems.none') : t('problems.counts', counts)}
      </Typography>
      {outcome && 'error' in outcome && (
        <Box sx={{ px: 1.5, pb: 1 }}>
          <ErrorAlert error={outcome.error} what={t('problems.checkFailed')} />
        </Box>
      )}
      {diagnostics && diagnostics.length > 0 && (
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', pb: 0.5 }}>
          {diagnostics.map((diagnostic, index) => (
            <li key={index}>
              <Problem diagnostic={diagnostic} t={t as TFunction} inProject={files.includes(diagnostic.file)} onJump={onJump} />
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}

function Problem({ diagnostic, t, inProject, onJump }: { diagnostic: ComposeDiagnostic; t: TFunction; inProject: boolean; onJump(diagnostic: ComposeDiagnostic): void }) {
  const place = t('problems.place', { file: fileName(diagnostic.file), line: diagnostic.line, column: diagnostic.column });
  const icon = diagnostic.severity === 'error' ? <ErrorOutline fontSize="small" color="error" /> : <WarningAmberOutlined fontSize="small" color="warning" />;
  const content = (
    <>
      {icon}
      <Box component="span" sx={{ flex: 1, minWidth: 0, textAlign: 'left', wordBreak: 'break-word' }}>
        {diagnosticText(diagnostic, t)}
      </Box>
      <Box component="span" sx={{ color: 'text.secondary', fontFamily: monoFont, fontSize: 12, flexShrink: 0 }}>
        {place}
      </Box>
    </>
  );
  const sx = { display: 'flex', alignItems: 'flex-start', gap: 1, width: '100%', px: 1.5, py: 0.5, typography: 'body2' } as const;
  // A problem in a file the editor has no tab for (an env_file, .env) is said, not linked.
  if (!inProject) return <Box sx={sx}>{content}</Box>;
  return (
    <ButtonBase
      onClick={() => onJump(diagnostic)}
      aria-label={t('problems.jump', { problem: diagnosticText(diagnostic, t), place })}
      sx={[sx, { '&:hover, &.Mui-focusVisible': { bgcolor: 'action.hover' } }]}
    >
      {content}
    </ButtonBase>
  );
}
