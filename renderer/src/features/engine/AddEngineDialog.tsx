import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { explainError } from '../../api/errors';
import { invalidateOp, useCall } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import {
  addEngineInput,
  emptyAddEngineForm,
  engineUrlFor,
  suggestedEngineName,
  type AddEngineField,
  type AddEngineForm,
  type AddEngineIssues,
  type EngineKind,
} from './add-engine-form';
import { FormActions } from '../../components/FormActions';
import { submitWith } from '../../lib/checked-submit';

const kinds: { value: EngineKind; label: string; addressLabel: string; placeholder: string; help: string }[] = [
  {
    value: 'socket',
    label: 'Socket',
    addressLabel: 'Socket path',
    placeholder: '/var/run/docker.sock',
    help: 'A Docker or Podman socket on this machine (or a unix:// or npipe:// address).',
  },
  {
    value: 'tcp',
    label: 'TCP',
    addressLabel: 'Host and port',
    placeholder: '192.168.1.20:2376',
    help: 'An engine listening on the network, as host:port or tcp://host:port.',
  },
  {
    value: 'ssh',
    label: 'SSH',
    addressLabel: 'SSH address',
    placeholder: 'user@host or user@host:2222',
    help: 'Berth logs in with ssh and talks to the engine there (docker system dial-stdio).',
  },
];

/**
 * Saves an engine: a socket path, tcp (with TLS certificate paths), or ssh (with an optional key path), and
 * uses it now unless told not to. Input is checked field by field; main's refusal stays in the dialog.
 */
export function AddEngineDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="add-engine-title" maxWidth="sm">
      {open && <AddEngineFormView onClose={onClose} />}
    </Dialog>
  );
}

function AddEngineFormView({ onClose }: { onClose(): void }) {
  const call = useCall();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<AddEngineForm>(emptyAddEngineForm);
  const [issues, setIssues] = useState<AddEngineIssues>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const kind = kinds.find((k) => k.value === form.kind)!;
  const preview = engineUrlFor(form.kind, form.address);

  const set = <K extends keyof AddEngineForm>(key: K, value: AddEngineForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    if (key in issues) setIssues((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async () => {
    const result = addEngineInput(form);
    if ('issues' in result) {
      setIssues(result.issues);
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const engine = await call('engines.add', result.input);
      notify({ severity: 'success', title: `Engine “${engine.name}” added`, message: result.input.use ? 'Berth is switching to it.' : undefined });
      void invalidateOp(queryClient, 'engines.list');
      onClose();
    } catch (error) {
      setFailure(error);
      setPending(false);
    }
  };

  const field = (name: AddEngineField, label: string, props: { placeholder?: string; helperText?: string; autoFocus?: boolean; mono?: boolean } = {}) => (
    <TextField
      label={label}
      value={form[name]}
      onChange={(event) => set(name, event.target.value)}
      error={Boolean(issues[name])}
      helperText={issues[name] ?? props.helperText}
      placeholder={props.placeholder}
      autoFocus={props.autoFocus}
      fullWidth
      slotProps={{ htmlInput: { spellCheck: false, ...(props.mono ? { style: { fontFamily: monoFont, fontSize: 13 } } : {}) }, inputLabel: { shrink: true } }}
    />
  );

  return (
    <Box
      component="form"
      noValidate
      onSubmit={submitWith(() => void submit())}
    >
      <DialogTitle id="add-engine-title">Add engine</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <Box>
          <Typography id="engine-kind-label" variant="body2" color="text.secondary" sx={{ mb: 0.75 }}>
            How Berth reaches it
          </Typography>
          <ToggleButtonGroup
            exclusive
            value={form.kind}
            onChange={(_event, value: EngineKind | null) => {
              if (value) {
                set('kind', value);
                setIssues({});
              }
            }}
            aria-labelledby="engine-kind-label"
          >
            {kinds.map((k) => (
              <ToggleButton key={k.value} value={k.value} sx={{ px: '16px !important' }}>
                {k.label}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.75 }}>
            {kind.help}
          </Typography>
        </Box>
        {field('address', kind.addressLabel, {
          placeholder: kind.placeholder,
          autoFocus: true,
          mono: true,
          helperText: 'url' in preview ? `Berth connects to ${preview.url}` : undefined,
        })}
        {form.kind === 'tcp' && (
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <FormControlLabel slotProps={{ typography: { variant: 'body2' } }} control={<Checkbox checked={form.tls} onChange={(event) => set('tls', event.target.checked)} />} label="Use TLS (client certificates)" />
            {form.tls && (
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pl: 4 }}>
                {field('caPath', 'CA certificate', { placeholder: '~/.docker/ca.pem', mono: true })}
                {field('certPath', 'Client certificate', { placeholder: '~/.docker/cert.pem', mono: true })}
                {field('keyPath', 'Client key', { placeholder: '~/.docker/key.pem', mono: true })}
              </Box>
            )}
          </Box>
        )}
        {form.kind === 'ssh' &&
          field('sshKeyPath', 'SSH key path', {
            placeholder: '~/.ssh/id_ed25519',
            mono: true,
            helperText: 'Optional: without it Berth uses the ssh agent, then your default keys.',
          })}
        {field('name', 'Name', { placeholder: suggestedEngineName(form.kind, form.address) || 'e.g. build server', helperText: 'How Berth lists it.' })}
        <FormControlLabel slotProps={{ typography: { variant: 'body2' } }} control={<Checkbox checked={form.use} onChange={(event) => set('use', event.target.checked)} />} label="Use it now" />
        {failure !== null && (
          <Alert severity="error" role="alert">
            {explainError(failure).summary}
            {explainError(failure).detail && <Box sx={{ mt: 0.5, opacity: 0.85 }}>{explainError(failure).detail}</Box>}
          </Alert>
        )}
      </DialogContent>
      <FormActions disabled={pending} submitLabel={pending ? 'Adding…' : form.use ? 'Add and use' : 'Add engine'} onCancel={onClose} />
    </Box>
  );
}
