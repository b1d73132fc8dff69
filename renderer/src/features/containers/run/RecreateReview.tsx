import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RunSpecChange } from '../../../../../shared/run-spec-diff';
import { monoFont } from '../../../components/theme';

/** The review step of edit → recreate: what changes, what a recreate does, and a compose project's caveat. */
export function RecreateReview({ name, changes, composeProject }: { name: string; changes: readonly RunSpecChange[]; composeProject: string | null }) {
  const { t } = useTranslation('run');
  const none = t('edit.none');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {composeProject && <Alert severity="info">{t('edit.compose', { name, project: composeProject })}</Alert>}
      {changes.length === 0 ? (
        <Alert severity="info">{t('edit.nothingChanged')}</Alert>
      ) : (
        <Box
          component="ul"
          data-testid="recreate-diff"
          aria-label={t('edit.changes')}
          sx={{ m: 0, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1 }}
        >
          {changes.map((change) => (
            <Box
              component="li"
              key={`${change.field}:${change.item ?? ''}`}
              data-change-field={change.field}
              sx={{ display: 'grid', gridTemplateColumns: 'minmax(140px, 1fr) 3fr', gap: 1.5, px: 1.5, py: 0.75, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}
            >
              <Typography variant="body2" sx={{ fontWeight: 600, wordBreak: 'break-all' }}>
                {t(`edit.field.${change.field}`)}
                {change.item !== null && change.before !== change.item && change.after !== change.item ? ` ${change.item}` : ''}
              </Typography>
              <Typography variant="body2" sx={{ fontFamily: monoFont, wordBreak: 'break-all' }}>
                <Box component="span" sx={{ color: 'error.main', textDecoration: change.before === null ? undefined : 'line-through' }}>
                  {change.before ?? none}
                </Box>
                {' → '}
                <Box component="span" sx={{ color: 'success.main' }}>
                  {change.after ?? none}
                </Box>
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('edit.how', { name })}
      </Typography>
    </Box>
  );
}
