import LockOutlined from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Trans, useTranslation } from 'react-i18next';
import { monoFont } from '../components/theme';

/**
 * The web shell page without a working token: say so plainly instead of showing an empty app. Both cases
 * are fixed the same way: open the address Berth printed for this run.
 */
export function AccessProblem({ kind, onRetry }: { kind: 'no-token' | 'refused'; onRetry(): void }) {
  const { t } = useTranslation();
  const title = kind === 'no-token' ? t('access.noTokenTitle') : t('access.refusedTitle');
  return (
    <Box sx={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 3, bgcolor: 'background.default' }}>
      <Paper variant="outlined" role="alert" aria-labelledby="access-title" sx={{ maxWidth: 560, p: 4 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 2 }}>
          <LockOutlined color="warning" />
          <Typography id="access-title" variant="h6" component="h1">
            {title}
          </Typography>
        </Box>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {kind === 'no-token' ? t('access.noToken') : t('access.refused')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          <Trans t={t} i18nKey="access.howTo" components={{ code: <Box component="code" sx={{ fontFamily: monoFont, fontSize: 12 }} /> }} />
        </Typography>
        {kind === 'refused' && (
          <Button variant="outlined" onClick={onRetry}>
            {t('access.retry')}
          </Button>
        )}
      </Paper>
    </Box>
  );
}
