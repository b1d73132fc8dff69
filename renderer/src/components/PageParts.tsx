import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplainError } from '../api/errors';
import { monoFont } from './theme';

/** An error as an alert: what was being done, then the explanation (main's own words where they name the problem). */
export function ErrorAlert({ error, what, action, onClose }: { error: unknown; what?: string; action?: ReactNode; onClose?(): void }) {
  const explain = useExplainError();
  const { summary, detail } = explain(error, { mainWordsFirst: true });
  return (
    <Alert severity="error" role="alert" action={action} onClose={onClose}>
      {what && <strong>{what} </strong>}
      {summary}
      {detail && <Box sx={{ mt: 0.5, opacity: 0.85, wordBreak: 'break-word' }}>{detail}</Box>}
    </Alert>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <Box role="status" aria-label={label} sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', p: 4 }}>
      <CircularProgress size={28} />
    </Box>
  );
}

/** A list that could not be loaded, with Retry. */
export function LoadError({ error, what, onRetry }: { error: unknown; what: string; onRetry(): void }) {
  const { t } = useTranslation('components');
  return (
    <Box sx={{ p: 3 }}>
      <ErrorAlert
        error={error}
        what={what}
        action={
          <Button color="inherit" onClick={onRetry}>
            {t('retry')}
          </Button>
        }
      />
    </Box>
  );
}

/** An empty list or no matches: an icon, a title, and what to do. */
export function EmptyState({ icon, title, children }: { icon: ReactNode; title: string; children?: ReactNode }) {
  return (
    <Box role="status" sx={{ flex: 1, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 1, p: 4, textAlign: 'center' }}>
      <Box sx={{ color: 'text.disabled', '& svg': { fontSize: 44 } }}>{icon}</Box>
      <Typography variant="h6" component="p">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The title of a list page with a line of counts under it. */
export function PageTitle({ title, counts }: { title: string; counts: string | null }) {
  return (
    <Box sx={{ mr: 1 }}>
      <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }}>
        {title}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ whiteSpace: 'nowrap' }}>
        {counts ?? '\u00a0'}
      </Typography>
    </Box>
  );
}

/** A label and a value in a facts list (a volume's mountpoint, a network's subnet). */
export function Fact({ label, children, mono }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, minWidth: 0, wordBreak: 'break-all', ...(mono ? { fontFamily: monoFont, fontSize: 12.5 } : {}) }}>
        {children}
      </Typography>
    </>
  );
}

export function Facts({ children, label }: { children: ReactNode; label: string }) {
  return (
    <Box component="dl" aria-label={label} sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2.5, rowGap: 1 }}>
      {children}
    </Box>
  );
}
