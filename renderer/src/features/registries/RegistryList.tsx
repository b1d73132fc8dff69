import LoginOutlined from '@mui/icons-material/LoginOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistryEntry } from '../../../../shared/contract/registries';
import { invalidateOp, useOp, useOpMutation } from '../../api/hooks';
import { notify, notifyError } from '../../components/notifications';
import { LoginDialog } from './LoginDialog';
import { LogoutDialog } from './LogoutDialog';
import { Loading, PageTitle, RegistryError, useForgetRegistry } from './parts';
import { DOCKER_HUB, registryLabel, storedInWords } from './registry-words';
import { routes } from '../../../../shared/routes';
import { visuallyHidden } from '@mui/utils';

/** #/registries: Docker Hub and every registry Berth knows, who is signed in to each and where that login is kept. */
export function RegistryList({ login: initialLogin }: { login: { registry?: string } | null }) {
  const { t } = useTranslation('registries');
  const list = useOp('registries.list', {});
  const queryClient = useQueryClient();
  const forget = useForgetRegistry();
  // #/registries?login=1 (the tray's "Sign in to registry…") opens the login dialog at once.
  const [login, setLogin] = useState<{ registry?: string; username?: string } | null>(initialLogin);
  const [loggingOut, setLoggingOut] = useState<RegistryEntry | null>(null);
  const logout = useOpMutation('registries.logout', {
    onSuccess: (_result, { registry }) => {
      notify({ severity: 'success', title: t('list.signedOut', { registry: registryLabel(registry) }) });
      void invalidateOp(queryClient, 'registries.list');
      void forget(registry);
    },
    onError: (error, { registry }) => notifyError(t('list.signOutFailed', { registry: registryLabel(registry) }), error),
  });

  const entries = list.data;
  const signedIn = entries?.filter((entry) => entry.username).length ?? 0;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1.25, minHeight: 56 }}>
        <PageTitle>{t('list.title')}</PageTitle>
        <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'flex-end', pb: 0.5 }}>
          {entries ? t('list.summary', { count: entries.length, signedIn }) : '\u00a0'}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" startIcon={<LoginOutlined />} onClick={() => setLogin({})}>
          {t('list.signIn')}
        </Button>
      </Box>
      <Paper variant="outlined" sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, overflow: 'auto', position: 'relative' }}>
        {list.isFetching && entries && <LinearProgress aria-label={t('list.refreshing')} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2 }} />}
        {!entries && list.isError ? (
          <Box sx={{ p: 2 }}>
            <RegistryError error={list.error} what={t('list.listFailed')} onRetry={() => void list.refetch()} onSignIn={(registry) => setLogin({ registry })} />
          </Box>
        ) : !entries ? (
          <Loading label={t('list.loadingLabel')} />
        ) : (
          <Table size="small" stickyHeader aria-label={t('list.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('list.columns.registry')}</TableCell>
                <TableCell>{t('list.columns.signedInAs')}</TableCell>
                <TableCell>{t('list.columns.keptIn')}</TableCell>
                <TableCell align="right">
                  <Box component="span" sx={visuallyHidden}>
                    {t('shared.actions')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((entry) => (
                <RegistryRow
                  key={entry.registry}
                  entry={entry}
                  busy={logout.isPending && logout.variables?.registry === entry.registry}
                  onSignIn={() => setLogin({ registry: entry.registry })}
                  onSignOut={() => setLoggingOut(entry)}
                />
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      <LoginDialog open={login !== null} registry={login?.registry} username={login?.username} onClose={() => setLogin(null)} />
      <LogoutDialog
        entry={loggingOut}
        onCancel={() => setLoggingOut(null)}
        onConfirm={(entry) => {
          setLoggingOut(null);
          logout.mutate({ registry: entry.registry });
        }}
      />
    </Box>
  );
}


function RegistryRow({ entry, busy, onSignIn, onSignOut }: { entry: RegistryEntry; busy: boolean; onSignIn(): void; onSignOut(): void }) {
  const { t } = useTranslation('registries');
  const where = storedInWords(t, entry.storedIn);
  const label = registryLabel(entry.registry);
  return (
    <TableRow hover aria-label={label} data-registry={entry.registry}>
      <TableCell sx={{ width: '34%' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Link href={routes.registry(entry.registry)} underline="hover" sx={{ fontWeight: 600 }}>
            {label}
          </Link>
          {entry.registry === DOCKER_HUB && (
            <Typography variant="caption" color="text.secondary">
              {DOCKER_HUB}
            </Typography>
          )}
          {entry.insecure && (
            <Tooltip title={t('row.plainHttpHint')}>
              <Chip size="small" color="warning" variant="outlined" label={t('row.plainHttp')} />
            </Tooltip>
          )}
        </Box>
      </TableCell>
      <TableCell data-testid="registry-user">
        {entry.username ? (
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {entry.username}
          </Typography>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('shared.notSignedIn')}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {where ? (
          <Tooltip title={where.hint}>
            <Box component="span" tabIndex={0} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: where.warning ? 'warning.main' : 'text.primary' }}>
              {where.warning && <WarningAmberOutlined fontSize="small" aria-hidden />}
              <Typography variant="body2" component="span">
                {where.label}
              </Typography>
            </Box>
          </Tooltip>
        ) : (
          <Typography variant="body2" color="text.secondary">
            —
          </Typography>
        )}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <Button size="small" href={routes.registry(entry.registry)} aria-label={t('row.browseLabel', { registry: label })} sx={{ mr: 0.5 }}>
          {t('row.browse')}
        </Button>
        {entry.username ? (
          <Button size="small" color="error" disabled={busy} onClick={onSignOut} aria-label={t('row.signOutLabel', { registry: label })}>
            {busy ? t('shared.signingOut') : t('shared.signOut')}
          </Button>
        ) : (
          <Button size="small" variant="outlined" onClick={onSignIn} aria-label={t('row.signInLabel', { registry: label })}>
            {t('shared.signIn')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
