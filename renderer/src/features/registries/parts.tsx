import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { RegistryEntry } from '../../../../shared/contract/registries';
import { useOp } from '../../api/hooks';
import { useExplainError } from '../../api/errors';
import { isBrowseQuery, registryErrorWording, registryLabel, unauthorizedRegistry } from './registry-words';
import { routes } from '../../../../shared/routes';

/** A registry operation that failed, in words, with Sign in for UNAUTHORIZED and Retry for the rest. */
export function RegistryError({ error, what, onRetry, onSignIn }: { error: unknown; what: string; onRetry(): void; onSignIn(registry: string): void }) {
  const { t } = useTranslation('registries');
  const explainError = useExplainError();
  const { summary, detail } = explainError(error, registryErrorWording(t));
  const signIn = unauthorizedRegistry(error);
  const severity = signIn ? 'info' : 'error';
  return (
    <Alert
      severity={severity}
      role="alert"
      action={
        signIn ? (
          <Button color="inherit" variant="outlined" size="small" onClick={() => onSignIn(signIn)}>
            {t('shared.signIn')}
          </Button>
        ) : (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('shared.retry')}
          </Button>
        )
      }
    >
      {what}
      {/* Main's words name the registry and what it said; the code's sentence stands in when there are none. */}
      <Box sx={{ mt: 0.5, opacity: 0.85 }}>{detail ?? summary}</Box>
    </Alert>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <Box role="status" aria-label={label} sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', p: 4 }}>
      <CircularProgress size={28} />
    </Box>
  );
}

/** Registries › host › repository, each a link but the last. */
export function RegistryTrail({ registry, repository }: { registry: string; repository?: string }) {
  const { t } = useTranslation('registries');
  return (
    <Breadcrumbs aria-label={t('trail.label')} sx={{ fontSize: 13 }}>
      <Link underline="hover" color="inherit" href={routes.registries()}>
        {t('trail.registries')}
      </Link>
      {repository ? (
        <Link underline="hover" color="inherit" href={routes.registry(registry)}>
          {registryLabel(registry)}
        </Link>
      ) : (
        <Typography color="text.primary" sx={{ fontSize: 13 }} aria-current="page">
          {registryLabel(registry)}
        </Typography>
      )}
      {repository && (
        <Typography color="text.primary" sx={{ fontSize: 13 }} aria-current="page">
          {repository}
        </Typography>
      )}
    </Breadcrumbs>
  );
}

/** The registry's entry in registries.list (signed-in user, where the login is kept), once known. */
function useRegistryEntry(registry: string): RegistryEntry | undefined {
  const list = useOp('registries.list', {});
  return list.data?.find((entry) => entry.registry === registry);
}

/** "Signed in as ann" or "Not signed in", with the button that changes it. */
export function SignInState({ registry, onSignIn }: { registry: string; onSignIn(): void }) {
  const { t } = useTranslation('registries');
  const entry = useRegistryEntry(registry);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" color="text.secondary" data-testid="registry-user">
        {entry?.username ? (
          <Trans t={t} i18nKey="signInState.signedInAs" values={{ username: entry.username }} components={{ strong: <strong /> }} />
        ) : (
          t('shared.notSignedIn')
        )}
      </Typography>
      {!entry?.username && (
        <Button size="small" variant="outlined" onClick={onSignIn}>
          {t('shared.signIn')}
        </Button>
      )}
    </Box>
  );
}

/** Drops what was loaded from a registry (after a logout, or to load it afresh). */
export function useForgetRegistry(): (registry: string) => Promise<void> {
  const queryClient = useQueryClient();
  return (registry) => queryClient.resetQueries({ predicate: (query) => isBrowseQuery(query.queryKey, registry) });
}

/** The value once it has stopped changing for `ms` (search as you type without a request per key). */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function PageTitle({ children, trail }: { children: ReactNode; trail?: ReactNode }) {
  return (
    <Box sx={{ mr: 1, minWidth: 0 }}>
      {trail}
      <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2, wordBreak: 'break-all' }}>
        {children}
      </Typography>
    </Box>
  );
}
