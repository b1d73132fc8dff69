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
import type { RegistryEntry } from '../../../../shared/contract/registries';
import type { OutputOf } from '../../../../shared/contract';
import { invalidateOp, useCall, useOp } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { explainError } from '../../api/errors';
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
  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="login-dialog-title">
      {open && (
        <LoginForm
          registry={registry ?? DOCKER_HUB}
          username={username ?? ''}
          focus={registry === undefined ? 'server' : username ? 'password' : 'username'}
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
      notify({ severity: 'success', title: `Signed in to ${registryLabel(entry.registry)} as ${entry.username}` });
      onSignedIn?.(entry);
      onClose();
    } catch (failure) {
      setError(failure);
      setPending(false);
      passwordRef.current?.focus();
      passwordRef.current?.select();
    }
  };

  const described = error ? explainError(error, registryErrorWording) : null;
  return (
    <Box component="form" onSubmit={(event: FormEvent) => void submit(event)} noValidate autoComplete="off">
      <DialogTitle id="login-dialog-title">Sign in to a registry</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <TextField
          id={`${id}-server`}
          label="Server"
          value={server}
          onChange={(event) => setServer(event.target.value)}
          helperText={registry === DOCKER_HUB ? 'Docker Hub (docker.io)' : 'host or host:port, e.g. registry.example.com:5000'}
          autoFocus={focus === 'server'}
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
        />
        <TextField
          id={`${id}-user`}
          label="User name"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          autoFocus={focus === 'username'}
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off', autoComplete: 'off' } }}
        />
        <TextField
          id={`${id}-password`}
          label="Password or access token"
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
            label="Remember this login"
          />
          <Typography variant="caption" color="text.secondary" component="div" sx={{ ml: 4, mt: -0.5 }} data-testid="login-kept-in">
            {keptInWords(store.data, remember, store.isPending)}
          </Typography>
          {canBeInsecure && (
            <FormControlLabel
              sx={{ mt: 1 }}
              control={<Checkbox checked={insecure} onChange={(event) => setInsecure(event.target.checked)} />}
              label="Insecure registry (plain HTTP)"
            />
          )}
        </Box>
        {canBeInsecure && insecure && (
          <Alert severity="warning" role="note">
            Over plain HTTP your password and images cross the network unencrypted: anyone on the way can read or change
            them. Only for a registry on a network you trust.
          </Alert>
        )}
        {described && (
          <Alert severity="error" role="alert" aria-label="Sign-in failed">
            {described.detail ?? described.summary}
          </Alert>
        )}
      </DialogContent>
      <FormActions disabled={!ready} startIcon={pending ? <CircularProgress size={14} color="inherit" /> : undefined} submitLabel={pending ? 'Signing in…' : 'Sign in'} onCancel={onClose} />
    </Box>
  );
}

/** Where the login will be kept, said before the user signs in. */
function keptInWords(store: OutputOf<'registries.loginStore'> | undefined, remember: boolean, checking: boolean): string {
  if (checking) return 'Checking where a login can be kept…';
  if (!store || store.keptIn === null) {
    const where = store ? ` (${store.dockerConfig} names no docker credential helper)` : '';
    return `Nothing on this computer can keep a login safely${where}: it is kept in memory until Berth quits.`;
  }
  if (!remember) return 'Kept in memory until Berth quits.';
  return store.keptIn === 'helper'
    ? `Kept by ${store.helper} (named in ${store.dockerConfig}), never in plain text.`
    : 'Kept in Berth’s own store, encrypted by the operating system.';
}
