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
import { useTranslation } from 'react-i18next';
import { useExplainError } from '../../api/errors';
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

// Each kind's words are at addEngine.kinds.<kind> (label, addressLabel, help, and ssh's placeholder).
const kinds: EngineKind[] = ['socket', 'tcp', 'ssh'];

/** Example addresses and paths shown in empty fields: written the same in every language. */
const examples = {
  socket: '/var/run/docker.sock',
  tcp: '192.168.1.20:2376',
  caPath: '~/.docker/ca.pem',
  certPath: '~/.docker/cert.pem',
  keyPath: '~/.docker/key.pem',
  sshKeyPath: '~/.ssh/id_ed25519',
};

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
  const { t } = useTranslation('engine');
  const explain = useExplainError();
  const call = useCall();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<AddEngineForm>(emptyAddEngineForm);
  const [issues, setIssues] = useState<AddEngineIssues>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const kind = form.kind;
  const preview = engineUrlFor(form.kind, form.address, t);

  const set = <K extends keyof AddEngineForm>(key: K, value: AddEngineForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    if (key in issues) setIssues((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async () => {
    const result = addEngineInput(form, t);
    if ('issues' in result) {
      setIssues(result.issues);
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const engine = await call('engines.add', result.input);
      notify({ severity: 'success', title: t('addEngine.added', { name: engine.name }), message: result.input.use ? t('addEngine.switching') : undefined });
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
      <DialogTitle id="add-engine-title">{t('addEngine.title')}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <Box>
          <Typography id="engine-kind-label" variant="body2" color="text.secondary" sx={{ mb: 0.75 }}>
            {t('addEngine.kindLabel')}
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
              <ToggleButton key={k} value={k} sx={{ px: '16px !important' }}>
                {t(`addEngine.kinds.${k}.label`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.75 }}>
            {t(`addEngine.kinds.${kind}.help`)}
          </Typography>
        </Box>
        {field('address', t(`addEngine.kinds.${kind}.addressLabel`), {
          placeholder: kind === 'ssh' ? t('addEngine.kinds.ssh.placeholder') : examples[kind],
          autoFocus: true,
          mono: true,
          helperText: 'url' in preview ? t('addEngine.connectsTo', { url: preview.url }) : undefined,
        })}
        {form.kind === 'tcp' && (
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <FormControlLabel slotProps={{ typography: { variant: 'body2' } }} control={<Checkbox checked={form.tls} onChange={(event) => set('tls', event.target.checked)} />} label={t('addEngine.useTls')} />
            {form.tls && (
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pl: 4 }}>
                {field('caPath', t('addEngine.caPath'), { placeholder: examples.caPath, mono: true })}
                {field('certPath', t('addEngine.certPath'), { placeholder: examples.certPath, mono: true })}
                {field('keyPath', t('addEngine.keyPath'), { placeholder: examples.keyPath, mono: true })}
              </Box>
            )}
          </Box>
        )}
        {form.kind === 'ssh' &&
          field('sshKeyPath', t('addEngine.sshKeyPath'), {
            placeholder: examples.sshKeyPath,
            mono: true,
            helperText: t('addEngine.sshKeyHelp'),
          })}
        {field('name', t('addEngine.name'), { placeholder: suggestedEngineName(form.kind, form.address) || t('addEngine.namePlaceholder'), helperText: t('addEngine.nameHelp') })}
        <FormControlLabel slotProps={{ typography: { variant: 'body2' } }} control={<Checkbox checked={form.use} onChange={(event) => set('use', event.target.checked)} />} label={t('addEngine.useNow')} />
        {failure !== null && (
          <Alert severity="error" role="alert">
            {explain(failure).summary}
            {explain(failure).detail && <Box sx={{ mt: 0.5, opacity: 0.85 }}>{explain(failure).detail}</Box>}
          </Alert>
        )}
      </DialogContent>
      <FormActions disabled={pending} submitLabel={pending ? t('addEngine.adding') : form.use ? t('addEngine.addAndUse') : t('addEngine.add')} onCancel={onClose} />
    </Box>
  );
}
