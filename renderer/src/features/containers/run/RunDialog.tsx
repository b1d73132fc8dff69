import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import ContentPasteOutlined from '@mui/icons-material/ContentPasteOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { BerthError } from '../../../../../shared/contract/errors';
import { dockerRunCommand, type RunSpec } from '../../../../../shared/run-spec';
import { describeError } from '../../../api/errors';
import { useCall } from '../../../api/hooks';
import { notify } from '../../../components/notifications';
import { monoFont } from '../../../components/theme';
import { VolumePicker } from '../../volumes';
import { CliCommand } from '../../../components/CliCommand';
import { parseDotenv } from './dotenv';
import { KeyValueRows } from '../../../components/KeyValueRows';
import { emptyRunForm, formToSpec, newMountRow, newPortRow, type MountKind, type RunForm, type RunFormPrefill } from './run-form';
import { routes } from '../../../../../shared/routes';
import { navigate } from '../../../lib/routing';
import { FormActions } from '../../../components/FormActions';
import { FormSection } from '../../../components/FormSection';
import { submitWith } from '../../../lib/checked-submit';

export interface RunDialogProps {
  open: boolean;
  onClose(): void;
  /** What to start from (the images page passes an image and its exposed ports). */
  prefill?: RunFormPrefill;
  /** Called after a container was created (and started); the default opens its detail view when attached. */
  onDone?(result: { id: string; spec: RunSpec; started: boolean }): void;
}

/**
 * `docker run` as a form: everything the RunSpec contract takes, the equivalent command shown live, input
 * checked with the contract's own schema at each field, and the engine's refusal (a port taken, an image
 * missing) shown in the dialog, which stays open with the input kept.
 */
export function RunDialog({ open, onClose, prefill, onDone }: RunDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" aria-labelledby="run-dialog-title" slotProps={{ paper: { sx: { height: 'min(900px, calc(100% - 64px))' } } }}>
      {open && <RunFormView prefill={prefill} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

const restartChoices: { value: RunSpec['restart']; label: string }[] = [
  { value: 'no', label: 'No (default)' },
  { value: 'on-failure', label: 'On failure' },
  { value: 'unless-stopped', label: 'Unless stopped' },
  { value: 'always', label: 'Always' },
];

const mountKinds: { value: MountKind; label: string }[] = [
  { value: 'volume', label: 'Named volume' },
  { value: 'anonymous', label: 'New anonymous volume' },
  { value: 'bind', label: 'Bind mount (host path)' },
];

function RunFormView({ prefill, onClose, onDone }: Omit<RunDialogProps, 'open'>) {
  const call = useCall();
  const [form, setForm] = useState<RunForm>(() => emptyRunForm(prefill));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState<'run' | 'create' | null>(null);
  const [serverError, setServerError] = useState<unknown>(null);
  const [pasting, setPasting] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const { spec, issues } = useMemo(() => formToSpec(form), [form]);
  const command = useMemo(() => dockerRunCommand(spec), [spec]);
  // Issues show once Run was tried (then live as they are fixed): checking on blur would move the layout
  // under the pointer as it goes for the next button.
  const issueOf = (key: string) => (submitted ? issues.get(key) : undefined);
  const touch = (_key: string) => {};
  const set = <K extends keyof RunForm>(key: K, value: RunForm[K]) => setForm((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    if (serverError) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [serverError]);

  const submit = async (start: boolean) => {
    setSubmitted(true);
    if (issues.size > 0) {
      // Bring the first problem into view.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[role="dialog"] [aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(start ? 'run' : 'create');
    setServerError(null);
    try {
      const result = await call(start ? 'containers.run' : 'containers.create', spec);
      const label = spec.name ?? result.id.slice(0, 12);
      for (const warning of result.warnings) notify({ severity: 'warning', title: `Engine warning for ${label}`, message: warning });
      notify({ severity: 'success', title: start ? `Started ${label}` : `Created ${label}`, action: { label: 'Open container', href: routes.container(result.id) } });
      onClose();
      if (onDone) onDone({ id: result.id, spec, started: start });
      else if (start && spec.interactive && spec.tty) navigate(routes.container(result.id, { tab: 'terminal', attach: true }));
    } catch (error) {
      setServerError(error);
    } finally {
      setBusy(null);
    }
  };

  const field = (key: keyof RunForm & string, label: string, props: { placeholder?: string; helper?: string; mono?: boolean; autoFocus?: boolean } = {}) => {
    const issue = issueOf(key);
    return (
      <TextField
        label={label}
        value={form[key] as string}
        onChange={(event) => set(key, event.target.value as never)}
        onBlur={() => touch(key)}
        error={Boolean(issue)}
        helperText={issue ?? props.helper}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        fullWidth
        slotProps={{ htmlInput: { spellCheck: false, style: props.mono ? { fontFamily: monoFont } : undefined }, inputLabel: { shrink: true } }}
      />
    );
  };

  return (
    // A form, so that Enter in a field runs the container, as it would submit any form.
    <Box
      component="form"
      noValidate
      onSubmit={submitWith(() => {
        if (busy === null) void submit(true);
      })}
      sx={{ display: 'contents' }}
    >
      <DialogTitle id="run-dialog-title" sx={{ display: 'flex', alignItems: 'center' }}>
        <Box sx={{ flex: 1 }}>Run a container</Box>
        <IconButton aria-label="Close" onClick={onClose}>
          <CloseOutlined fontSize="small" />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}>
        {serverError !== null && <ServerError error={serverError} ref={errorRef} onClose={() => setServerError(null)} />}
        <FormSection title="Container">
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
            {field('image', 'Image', { placeholder: 'e.g. nginx:latest', mono: true, autoFocus: !prefill?.image })}
            {field('name', 'Name', { placeholder: 'a name the engine picks if empty' })}
            {field('command', 'Command', { placeholder: "the image's CMD", mono: true, helper: 'Split like a shell would; no variable expansion' })}
            {field('entrypoint', 'Entrypoint', { placeholder: "the image's ENTRYPOINT", mono: true })}
          </Box>
        </FormSection>

        <FormSection title="Ports" hint="Publish container ports on the host; leave the host port empty for a free one.">
          {form.ports.map((row, index) => {
            const update = (patch: Partial<typeof row>) => set('ports', form.ports.map((r, i) => (i === index ? { ...r, ...patch } : r)));
            const n = index + 1;
            const issue = (name: string) => issueOf(`ports.${index}.${name}`);
            const blur = (name: string) => () => touch(`ports.${index}.${name}`);
            return (
              <Box key={index} sx={{ display: 'grid', gridTemplateColumns: '1.2fr 1fr 1fr 96px 32px', gap: 1, alignItems: 'flex-start' }}>
                <TextField value={row.hostIp} placeholder="all interfaces" onChange={(e) => update({ hostIp: e.target.value })} onBlur={blur('hostIp')} error={Boolean(issue('hostIp'))} helperText={issue('hostIp')} label={index === 0 ? 'Host IP' : undefined} slotProps={{ htmlInput: { 'aria-label': `Host IP ${n}`, spellCheck: false }, inputLabel: { shrink: true } }} />
                <TextField value={row.hostPort} placeholder="automatic" onChange={(e) => update({ hostPort: e.target.value })} onBlur={blur('hostPort')} error={Boolean(issue('hostPort'))} helperText={issue('hostPort')} label={index === 0 ? 'Host port' : undefined} slotProps={{ htmlInput: { 'aria-label': `Host port ${n}`, inputMode: 'numeric' }, inputLabel: { shrink: true } }} />
                <TextField value={row.containerPort} placeholder="e.g. 80" onChange={(e) => update({ containerPort: e.target.value })} onBlur={blur('containerPort')} error={Boolean(issue('containerPort'))} helperText={issue('containerPort')} label={index === 0 ? 'Container port' : undefined} slotProps={{ htmlInput: { 'aria-label': `Container port ${n}`, inputMode: 'numeric' }, inputLabel: { shrink: true } }} />
                <TextField select value={row.protocol} onChange={(e) => update({ protocol: e.target.value as 'tcp' | 'udp' })} label={index === 0 ? 'Protocol' : undefined} slotProps={{ select: { inputProps: { 'aria-label': `Protocol ${n}` } }, inputLabel: { shrink: true } }}>
                  <MenuItem value="tcp">TCP</MenuItem>
                  <MenuItem value="udp">UDP</MenuItem>
                </TextField>
                <IconButton aria-label={`Remove port ${n}`} onClick={() => set('ports', form.ports.filter((_, i) => i !== index))} sx={{ mt: 0.5 }}>
                  <CloseOutlined fontSize="small" />
                </IconButton>
              </Box>
            );
          })}
          <Box>
            <Button startIcon={<AddOutlined fontSize="small" />} onClick={() => set('ports', [...form.ports, newPortRow()])}>
              Add port
            </Button>
          </Box>
        </FormSection>

        <FormSection title="Volumes" hint="A named volume (created if it does not exist), a new anonymous one, or a folder of the host.">
          {form.mounts.map((row, index) => {
            const update = (patch: Partial<typeof row>) => set('mounts', form.mounts.map((r, i) => (i === index ? { ...r, ...patch } : r)));
            const n = index + 1;
            const sourceIssue = issueOf(`mounts.${index}.source`);
            const targetIssue = issueOf(`mounts.${index}.target`);
            return (
              <Box key={index} sx={{ display: 'grid', gridTemplateColumns: '190px 1fr 1fr auto 32px', gap: 1, alignItems: 'flex-start' }}>
                <TextField select value={row.kind} onChange={(e) => update({ kind: e.target.value as MountKind })} label={index === 0 ? 'Kind' : undefined} slotProps={{ select: { inputProps: { 'aria-label': `Volume ${n} kind` } }, inputLabel: { shrink: true } }}>
                  {mountKinds.map((kind) => (
                    <MenuItem key={kind.value} value={kind.value}>
                      {kind.label}
                    </MenuItem>
                  ))}
                </TextField>
                {row.kind === 'volume' ? (
                  <VolumePicker
                    value={row.source}
                    onChange={(source) => update({ source })}
                    onBlur={() => touch(`mounts.${index}.source`)}
                    error={Boolean(sourceIssue)}
                    helperText={sourceIssue}
                    label={index === 0 ? 'Volume or host path' : undefined}
                    ariaLabel={`Volume name ${n}`}
                  />
                ) : (
                <TextField
                  value={row.kind === 'anonymous' ? '' : row.source}
                  disabled={row.kind === 'anonymous'}
                  placeholder={row.kind === 'bind' ? '/path/on/host' : 'made by the engine'}
                  onChange={(e) => update({ source: e.target.value })}
                  onBlur={() => touch(`mounts.${index}.source`)}
                  error={Boolean(sourceIssue)}
                  helperText={sourceIssue}
                  label={index === 0 ? 'Volume or host path' : undefined}
                  slotProps={{ htmlInput: { 'aria-label': row.kind === 'bind' ? `Host path ${n}` : `Volume name ${n}`, spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
                />
                )}
                <TextField
                  value={row.target}
                  placeholder="/path/in/container"
                  onChange={(e) => update({ target: e.target.value })}
                  onBlur={() => touch(`mounts.${index}.target`)}
                  error={Boolean(targetIssue)}
                  helperText={targetIssue}
                  label={index === 0 ? 'Path in container' : undefined}
                  slotProps={{ htmlInput: { 'aria-label': `Path in container ${n}`, spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
                />
                <FormControlLabel
                  sx={{ mr: 0, mt: index === 0 ? 1 : 0.25 }}
                  control={<Checkbox checked={row.readOnly} onChange={(e) => update({ readOnly: e.target.checked })} slotProps={{ input: { 'aria-label': `Read-only ${n}` } }} />}
                  label="Read-only"
                />
                <IconButton aria-label={`Remove volume ${n}`} onClick={() => set('mounts', form.mounts.filter((_, i) => i !== index))} sx={{ mt: index === 0 ? 1 : 0.5 }}>
                  <CloseOutlined fontSize="small" />
                </IconButton>
              </Box>
            );
          })}
          <Box>
            <Button startIcon={<AddOutlined fontSize="small" />} onClick={() => set('mounts', [...form.mounts, newMountRow()])}>
              Add volume
            </Button>
          </Box>
        </FormSection>

        <FormSection title="Environment">
          <KeyValueRows
            rows={form.env}
            onChange={(rows) => set('env', rows)}
            noun="Variable"
            issueKey="env"
            issueOf={issueOf}
            onBlur={touch}
            extra={
              <Button startIcon={<ContentPasteOutlined fontSize="small" />} onClick={() => setPasting((p) => !p)} aria-expanded={pasting}>
                Paste .env
              </Button>
            }
          />
          {pasting && (
            <PasteEnv
              onCancel={() => setPasting(false)}
              onAdd={(entries) => {
                // Pasted values replace rows of the same name; the rest are added.
                const rows = form.env.filter((row) => row.key.trim() !== '' || row.value !== '');
                for (const entry of entries) {
                  const at = rows.findIndex((row) => row.key.trim() === entry.key);
                  if (at >= 0) rows[at] = entry;
                  else rows.push(entry);
                }
                set('env', rows);
                setPasting(false);
              }}
            />
          )}
        </FormSection>

        <FormSection title="Options">
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
            {field('workingDir', 'Working directory', { placeholder: "the image's WORKDIR", mono: true })}
            {field('user', 'User', { placeholder: 'e.g. 1000:1000 or nobody', mono: true })}
            <TextField select label="Restart policy" value={form.restart} onChange={(e) => set('restart', e.target.value as RunSpec['restart'])} slotProps={{ inputLabel: { shrink: true } }}>
              {restartChoices.map((choice) => (
                <MenuItem key={choice.value} value={choice.value}>
                  {choice.label}
                </MenuItem>
              ))}
            </TextField>
            {field('network', 'Network', { placeholder: 'bridge (default)', mono: true })}
          </Box>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
            <FormControlLabel control={<Checkbox checked={form.autoRemove} onChange={(e) => set('autoRemove', e.target.checked)} />} label="Remove when it exits (--rm)" />
            <FormControlLabel
              control={
                <Checkbox
                  checked={form.interactive && form.tty}
                  indeterminate={form.interactive !== form.tty}
                  onChange={(e) => setForm((f) => ({ ...f, interactive: e.target.checked, tty: e.target.checked }))}
                />
              }
              label="Interactive with a terminal (-it), attach after start"
            />
          </Box>
        </FormSection>

        <FormSection title="Labels">
          <KeyValueRows rows={form.labels} onChange={(rows) => set('labels', rows)} noun="Label" issueKey="labels" issueOf={issueOf} onBlur={touch} keyPlaceholder="com.example.key" />
        </FormSection>
      </DialogContent>
      <Box sx={{ px: 3, pt: 1.5 }}>
        <CliCommand command={command} what="docker run" testId="run-command-preview" />
      </Box>
      <FormActions attention={submitted ? issues.size : 0} disabled={busy !== null} submitLabel={busy === 'run' ? 'Starting…' : 'Run'} onCancel={onClose}>
        <Button variant="outlined" disabled={busy !== null} onClick={() => void submit(false)}>
          {busy === 'create' ? 'Creating…' : 'Create only'}
        </Button>
      </FormActions>
    </Box>
  );
}

function PasteEnv({ onAdd, onCancel }: { onAdd(entries: { key: string; value: string }[]): void; onCancel(): void }) {
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseDotenv(text), [text]);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <TextField
        label=".env contents"
        multiline
        minRows={4}
        maxRows={10}
        value={text}
        autoFocus
        placeholder={'# comments are ignored\nKEY=value\nQUOTED="with spaces"'}
        onChange={(event) => setText(event.target.value)}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont, fontSize: 12 } }, inputLabel: { shrink: true } }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="caption" color={parsed.skipped.length ? 'warning.main' : 'text.secondary'} sx={{ flex: 1 }}>
          {parsed.entries.length} {parsed.entries.length === 1 ? 'variable' : 'variables'}
          {parsed.skipped.length > 0 && ` · skipped line ${parsed.skipped.map((s) => s.line).join(', ')} (not KEY=value)`}
        </Typography>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" disabled={parsed.entries.length === 0} onClick={() => onAdd(parsed.entries)}>
          Add {parsed.entries.length || ''} {parsed.entries.length === 1 ? 'variable' : 'variables'}
        </Button>
      </Box>
    </Box>
  );
}

/** The engine's refusal, in its own words first (they name the port or the image), the code's meaning after. */
function ServerError({ error, onClose, ref }: { error: unknown; onClose(): void; ref: Ref<HTMLDivElement> }) {
  const { summary, detail } = describeError(error);
  const specific = error instanceof BerthError && ['CONFLICT', 'NOT_FOUND', 'INVALID_INPUT'].includes(error.code) && error.message;
  return (
    <Alert severity="error" role="alert" ref={ref} onClose={onClose} data-testid="run-error">
      <AlertTitle>{error instanceof BerthError && error.code === 'NOT_FOUND' ? 'Not found' : 'The container could not be started'}</AlertTitle>
      {specific ? (
        <>
          {error.message}
          {error.code === 'INVALID_INPUT' && <Box sx={{ mt: 0.5, opacity: 0.85 }}>{summary}</Box>}
        </>
      ) : (
        <>
          {summary}
          {detail && <Box sx={{ mt: 0.5, fontFamily: monoFont, fontSize: 12 }}>{detail}</Box>}
        </>
      )}
    </Alert>
  );
}
