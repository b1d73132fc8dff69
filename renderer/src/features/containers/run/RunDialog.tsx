import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dockerRunCommand, type RunSpec } from '../../../../../shared/run-spec';
import { routes } from '../../../../../shared/routes';
import { useCall } from '../../../api/hooks';
import { CliCommand } from '../../../components/CliCommand';
import { FormActions } from '../../../components/FormActions';
import { FormSection } from '../../../components/FormSection';
import { KeyValueRows } from '../../../components/KeyValueRows';
import { notify } from '../../../components/notifications';
import { submitWith } from '../../../lib/checked-submit';
import { navigate } from '../../../lib/routing';
import { ContainerSection } from './ContainerSection';
import { EnvSection } from './EnvSection';
import { OptionsSection } from './OptionsSection';
import { PortsSection } from './PortsSection';
import { diffRunSpecs } from '../../../../../shared/run-spec-diff';
import { RecreateReview } from './RecreateReview';
import { emptyRunForm, formFromSpec, formToSpec, type RunForm, type RunFormPrefill } from './run-form';
import type { RunSectionProps } from './run-section';
import { RunError } from './RunError';
import { VolumesSection } from './VolumesSection';

interface RunDialogProps {
  open: boolean;
  onClose(): void;
  /** What to start from (the images page passes an image and its exposed ports). */
  prefill?: RunFormPrefill;
  /** Called after a container was created (and started); the default opens its detail view when attached. */
  onDone?(result: { id: string; spec: RunSpec; started: boolean }): void;
  /** Edit → recreate: the container to change, as its spec; the dialog then reviews the changes and recreates it. */
  edit?: EditTarget;
}

export interface EditTarget {
  id: string;
  name: string;
  spec: RunSpec;
  /** The compose project it belongs to, if any: a recreate keeps its compose labels, the file stays as it is. */
  composeProject?: string | null;
}

/**
 * `docker run` as a form: everything the RunSpec contract takes, the equivalent command shown live, input
 * checked with the contract's own schema at each field, and the engine's refusal (a port taken, an image
 * missing) shown in the dialog, which stays open with the input kept.
 */
export function RunDialog({ open, onClose, prefill, onDone, edit }: RunDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" aria-labelledby="run-dialog-title" slotProps={{ paper: { sx: { height: 'min(900px, calc(100% - 64px))' } } }}>
      {open && <RunFormView prefill={prefill} onClose={onClose} onDone={onDone} edit={edit} />}
    </Dialog>
  );
}

function RunFormView({ prefill, onClose, onDone, edit }: Omit<RunDialogProps, 'open'>) {
  const { t } = useTranslation('run');
  const call = useCall();
  const [form, setForm] = useState<RunForm>(() => (edit ? formFromSpec({ ...edit.spec, name: edit.name }) : emptyRunForm(prefill)));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState<'run' | 'create' | 'recreate' | null>(null);
  /** Edit mode's second step: the changes reviewed before the recreate. */
  const [reviewing, setReviewing] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const { spec, issues } = useMemo(() => formToSpec(form, t), [form, t]);
  const command = useMemo(() => dockerRunCommand(spec), [spec]);
  const section: RunSectionProps = {
    form,
    set: (key, value) => setForm((current) => ({ ...current, [key]: value })),
    // Issues show once Run was tried (then live as they are fixed): checking on blur would move the layout
    // under the pointer as it goes for the next button.
    issueOf: (key) => (submitted ? issues.get(key) : undefined),
  };

  useEffect(() => {
    if (serverError) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [serverError]);

  const changes = useMemo(() => (edit ? diffRunSpecs({ ...edit.spec, name: edit.name }, spec) : []), [edit, spec]);

  /** Whether the form can be sent; if not, its first problem is brought into view. */
  const checked = () => {
    setSubmitted(true);
    if (issues.size === 0) return true;
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[role="dialog"] [aria-invalid="true"]')?.focus());
    return false;
  };

  const recreate = async (target: EditTarget) => {
    setBusy('recreate');
    setServerError(null);
    try {
      const result = await call('containers.recreate', { id: target.id, spec: { ...spec, name: target.name } });
      notify({ severity: 'success', title: t('edit.recreated', { name: result.name }), action: { label: t('dialog.openContainer'), href: routes.container(result.id) } });
      onClose();
    } catch (error) {
      // The old container is back as it was (the message says so); the form stays for another try.
      setReviewing(false);
      setServerError(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = async (start: boolean) => {
    if (!checked()) return;
    if (edit) {
      setReviewing(true);
      return;
    }
    setBusy(start ? 'run' : 'create');
    setServerError(null);
    try {
      const result = await call(start ? 'containers.run' : 'containers.create', spec);
      const label = spec.name ?? result.id.slice(0, 12);
      for (const warning of result.warnings) notify({ severity: 'warning', title: t('dialog.engineWarning', { name: label }), message: warning });
      notify({
        severity: 'success',
        title: start ? t('dialog.started', { name: label }) : t('dialog.created', { name: label }),
        action: { label: t('dialog.openContainer'), href: routes.container(result.id) },
      });
      onClose();
      if (onDone) onDone({ id: result.id, spec, started: start });
      else if (start && spec.interactive && spec.tty) navigate(routes.container(result.id, { tab: 'terminal', attach: true }));
    } catch (error) {
      setServerError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    // A form, so that Enter in a field runs the container, as it would submit any form.
    <Box
      component="form"
      noValidate
      onSubmit={submitWith(() => {
        if (busy !== null) return;
        if (edit && reviewing) void recreate(edit);
        else void submit(true);
      })}
      sx={{ display: 'contents' }}
    >
      <DialogTitle id="run-dialog-title" sx={{ display: 'flex', alignItems: 'center' }}>
        <Box sx={{ flex: 1 }}>{edit ? t('edit.title', { name: edit.name }) : t('dialog.title')}</Box>
        <IconButton aria-label={t('dialog.close')} onClick={onClose}>
          <CloseOutlined fontSize="small" />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}>
        {serverError !== null && <RunError error={serverError} ref={errorRef} onClose={() => setServerError(null)} />}
        {edit && reviewing && <RecreateReview name={edit.name} changes={changes} composeProject={edit.composeProject ?? null} />}
        {busy === 'recreate' && <LinearProgress aria-label={t('edit.recreating')} />}
        {!reviewing && <FormFields section={section} focusImage={!prefill?.image && !edit} lockName={Boolean(edit)} />}
      </DialogContent>
      <Box sx={{ px: 3, pt: 1.5 }}>
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the CLI command's name, never translated */}
        <CliCommand command={command} what="docker run" testId="run-command-preview" />
      </Box>
      {edit ? (
        <FormActions
          attention={submitted ? issues.size : 0}
          disabled={busy !== null || (reviewing && changes.length === 0)}
          submitLabel={reviewing ? (busy === 'recreate' ? t('edit.recreating') : t('edit.recreate')) : t('edit.review')}
          onCancel={onClose}
        >
          {reviewing && (
            <Button variant="outlined" disabled={busy !== null} onClick={() => setReviewing(false)}>
              {t('edit.back')}
            </Button>
          )}
        </FormActions>
      ) : (
        <FormActions attention={submitted ? issues.size : 0} disabled={busy !== null} submitLabel={busy === 'run' ? t('dialog.starting') : t('dialog.run')} onCancel={onClose}>
          <Button variant="outlined" disabled={busy !== null} onClick={() => void submit(false)}>
            {busy === 'create' ? t('dialog.creating') : t('dialog.createOnly')}
          </Button>
        </FormActions>
      )}
    </Box>
  );
}

/** The form's sections, the same for a new container and an edited one. */
function FormFields({ section, focusImage, lockName }: { section: RunSectionProps; focusImage: boolean; lockName: boolean }) {
  const { t } = useTranslation('run');
  return (
    <>
      <ContainerSection {...section} focusImage={focusImage} lockName={lockName} />
      <PortsSection {...section} />
      <VolumesSection {...section} />
      <EnvSection {...section} />
      <OptionsSection {...section} />
      <FormSection title={t('labels.title')}>
        {/* eslint-disable-next-line berth/no-literal-ui-text -- an example label key, the same in every language */}
        <KeyValueRows rows={section.form.labels} onChange={(rows) => section.set('labels', rows)} noun={t('labels.noun')} issueKey="labels" issueOf={section.issueOf} keyPlaceholder="com.example.key" />
      </FormSection>
    </>
  );
}
