import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { RegistryEntry } from '../../../../shared/contract/registries';
import type { OutputOf } from '../../../../shared/contract';
import { invalidateOp, useCall, useOp } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { useExplainError } from '../../api/errors';
import { DOCKER_HUB, isBrowseQuery, isLoopbackRegistry, normaliseRegistry, registryErrorWording, registryLabel } from './registry-words';
import { FormActions } from '../../components/FormActions';

interface LoginDialogProps {
  open: boolean;
  /** The server to prefill: a pull or push refused with UNAUTHORIZED names its registry (see `unauthorizedRegistry`). */
  registry?: string;
  /** The user name to prefill (signing in again). */
  username?: string;
  onClose(): void;
  /** After a login the registry accepted, with what main returned (the user name, never the secret). */
  onSignedIn?(entry: RegistryEntry): void;
}

/**
 * docker login. The registry checks the user name and password (or access token) before anything is stored;
 * "Remember" stores it through the docker credential helper (or the Electron app's encrypted store); where that
 * would be is asked before the user signs in, and without such a place the login is kept for this run only.
 *
 * The secret lives only in this dialog's state while it is open: it is sent once with `registries.login`
 * (a direct call, not a React Query mutation, whose cache would keep the variables), never shown again, never
 * logged, and the field is emptied when the dialog closes (its content unmounts).
 */
export function LoginDialog({ open, registry, username, onClose, onSignedIn }: LoginDialogProps) {
  const focus = registry === undefined ? 'server' : username ? 'password' : 'username';
  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="login-dialog-title">
      {open && (
        <LoginForm
          registry={registry ?? DOCKER_HUB}
          username={username ?? ''}
          focus={focus}
          onClose={onClose}
          onSignedIn={onSignedIn}
        />
      )}
    </Dialog>
  );
}

function LoginForm({
  registry: initialRegistry,
  username: initialUsername,
  focus,
  onClose,
  onSignedIn,
}: {
  registry: string;
  username: string;
  /** The first field that needs typing in. */
  focus: 'server' | 'username' | 'password';
  onClose(): void;
  onSignedIn?(entry: RegistryEntry): void;
}) {
  const { t } = useTranslation('registries');
  const explainError = useExplainError();
  const call = useCall();
  const queryClient = useQueryClient();
  const id = useId();
  const [server, setServer] = useState(initialRegistry);
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  /** null: the user has not chosen, so a login is remembered exactly when something can keep it safely. */
  const [rememberChoice, setRemember] = useState<boolean | null>(null);
  const [insecure, setInsecure] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const registry = normaliseRegistry(server);
  const canBeInsecure = registry !== DOCKER_HUB && !isLoopbackRegistry(registry);
  const store = useOp('registries.loginStore', { registry }, { enabled: registry !== '' });
  const canRemember = store.data ? store.data.keptIn !== null : false;
  const remember = canRemember && (rememberChoice ?? true);
  const ready = username.trim() !== '' && password !== '' && !pending && !store.isPending;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setPending(true);
    setError(null);
    try {
      const entry = await call('registries.login', {
        registry,
        username: username.trim(),
        password,
        remember,
        insecure: canBeInsecure && insecure,
      });
      setPassword('');
      void invalidateOp(queryClient, 'registries.list');
      // Whatever was refused before this login may be allowed now.
      void queryClient.invalidateQueries({ predicate: (query) => isBrowseQuery(query.queryKey, entry.registry) });
      notify({ severity: 'success', title: t('login.signedIn', { registry: registryLabel(entry.registry), username: entry.username }) });
      onSignedIn?.(entry);
      onClose();
    } catch (failure) {
      setError(failure);
      setPending(false);
      passwordRef.current?.focus();
      passwordRef.current?.select();
    }
  };

  const described = error ? explainError(error, registryErrorWording(t)) : null;
  return (
    <Box component="form" onSubmit={(event: FormEvent) => void submit(event)} noValidate autoComplete="off">
      <DialogTitle id="login-dialog-title">{t('login.title')}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <TextField
          id={`${id}-server`}
          label={t('login.server')}
          value={server}
          onChange={(event) => setServer(event.target.value)}
          helperText={registry === DOCKER_HUB ? t('login.serverHub') : t('login.serverHint')}
          autoFocus={focus === 'server'}
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
        />
        <TextField
          id={`${id}-user`}
          label={t('login.username')}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          autoFocus={focus === 'username'}
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off', autoComplete: 'off' } }}
        />
        <TextField
          id={`${id}-password`}
          label={t('login.password')}
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          inputRef={passwordRef}
          autoFocus={focus === 'password'}
          slotProps={{ htmlInput: { autoComplete: 'new-password', spellCheck: false } }}
        />
        <Box>
          <FormControlLabel
            control={<Checkbox checked={remember} disabled={!canRemember} onChange={(event) => setRemember(event.target.checked)} />}
            label={t('login.remember')}
          />
          <Typography variant="caption" color="text.secondary" component="div" sx={{ ml: 4, mt: -0.5 }} data-testid="login-kept-in">
            {keptInWords(t, store.data, remember, store.isPending)}
          </Typography>
          {canBeInsecure && (
            <FormControlLabel
              sx={{ mt: 1 }}
              control={<Checkbox checked={insecure} onChange={(event) => setInsecure(event.target.checked)} />}
              label={t('login.insecure')}
            />
          )}
        </Box>
        {canBeInsecure && insecure && (
          <Alert severity="warning" role="note">
            {t('login.insecureWarning')}
          </Alert>
        )}
        {described && (
          <Alert severity="error" role="alert" aria-label={t('login.failed')}>
            {described.detail ?? described.summary}
          </Alert>
        )}
      </DialogContent>
      <FormActions disabled={!ready} startIcon={pending ? <CircularProgress size={14} color="inherit" /> : undefined} submitLabel={pending ? t('login.signingIn') : t('login.signIn')} onCancel={onClose} />
    </Box>
  );
}

/** Where the login will be kept, said before the user signs in. */
function keptInWords(t: TFunction<'registries'>, store: OutputOf<'registries.loginStore'> | undefined, remember: boolean, checking: boolean): string {
  if (checking) return t('login.keptIn.checking');
  if (!store || store.keptIn === null) {
    return store ? t('login.keptIn.nowhereConfig', { dockerConfig: store.dockerConfig }) : t('login.keptIn.nowhere');
  }
  if (!remember) return t('login.keptIn.memory');
  return store.keptIn === 'helper'
    ? t('login.keptIn.helper', { helper: store.helper, dockerConfig: store.dockerConfig })
    : t('login.keptIn.encrypted');
}
