import LockOutlined from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { monoFont } from '../components/theme';

/**
 * The web shell page without a working token: say so plainly instead of showing an empty app. Both cases
 * are fixed the same way: open the address Berth printed for this run.
 */
export function AccessProblem({ kind, onRetry }: { kind: 'no-token' | 'refused'; onRetry(): void }) {
  const title = kind === 'no-token' ? 'Berth needs its access token' : 'Berth did not accept this access token';
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
          {kind === 'no-token'
            ? 'This page was opened without the token that lets it talk to Berth.'
            : 'The token in this page is not the one of the running Berth web shell — it may be mistyped, or from an earlier run (every run makes a new one).'}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          Open the address Berth printed when it started; it ends with{' '}
          <Box component="code" sx={{ fontFamily: monoFont, fontSize: 12 }}>
            #token=…
          </Box>
          . The token keeps other users and web pages on this machine away from your engine.
        </Typography>
        {kind === 'refused' && (
          <Button variant="outlined" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Paper>
    </Box>
  );
}
