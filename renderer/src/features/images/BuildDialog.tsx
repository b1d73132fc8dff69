import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import ConstructionOutlined from '@mui/icons-material/ConstructionOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { dockerBuildCommand } from '../../../../shared/image-cli';
import { useBerthClient } from '../../api/BerthProvider';
import { monoFont } from '../../components/theme';
import { KeyValueRows } from '../../components/KeyValueRows';
import { buildFormFrom, checkBuildForm, emptyBuildForm, type BuildForm } from './build-form';
import { BuildLog } from './BuildLog';
import { shortImageId } from './image-rows';
import { checkReference, failedBuildStep } from './image-words';
import { markBuilt, getJob, startJob, useJob, watchJob, type BuildJob } from './jobs/jobs';
import { DialogHeading, ErrorAlert } from './parts';
import { CliCommand } from '../../components/CliCommand';
import { HostPathField } from '../../components/HostPathField';
import { JobGone } from './jobs/JobGone';
import { routes } from '../../../../shared/routes';
import { navigate } from '../../lib/routing';
import { FormActions } from '../../components/FormActions';
import { FormSection } from '../../components/FormSection';
import { JobActions } from './jobs/JobActions';

/**
 * docker build from a folder on the host: the form (Dockerfile, tags, build args, target, --no-cache) with
 * the equivalent command, then the live log of each step as a job; the new image is selected in the list.
 */
export function BuildDialog({ open, jobId, onClose }: { open: boolean; jobId?: number; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" aria-labelledby="build-dialog-title">
      {open && <Build key={jobId ?? 'new'} initialJob={jobId ?? null} onClose={onClose} />}
    </Dialog>
  );
}

function Build({ initialJob, onClose }: { initialJob: number | null; onClose(): void }) {
  const { t } = useTranslation('images');
  const client = useBerthClient();
  const [jobId, setJobId] = useState<number | null>(initialJob);
  const [form, setForm] = useState<BuildForm>(() => {
    const job = initialJob !== null ? getJob(initialJob) : undefined;
    return job?.kind === 'build' ? buildFormFrom(job.input) : emptyBuildForm();
  });
  const [submitted, setSubmitted] = useState(false);
  const { input, issues } = useMemo(() => checkBuildForm(t, form), [t, form]);
  const command = dockerBuildCommand({ ...input, context: input.context || 'PATH' });
  const set = <K extends keyof BuildForm>(key: K, value: BuildForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  // Reference problems show as they are typed (the parser's words); the rest once Build was tried.
  const issueOf = (key: string) => (submitted || key.startsWith('tags.') ? issues.get(key) : undefined);

  if (jobId !== null) return <BuildJobView jobId={jobId} onEdit={() => setJobId(null)} onClose={onClose} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (issues.size > 0) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[role="dialog"] [aria-invalid="true"]')?.focus());
      return;
    }
    setJobId(startJob(client, { kind: 'build', input, command }));
  };

  return (
    <Box component="form" onSubmit={submit} noValidate autoComplete="off" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <DialogTitle component="div">
        <DialogHeading id="build-dialog-title" onClose={onClose}>
          {t('build.title')}
        </DialogHeading>
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 1.5 }}>
          <HostPathField
            label={t('build.context')}
            value={form.context}
            onChange={(path) => set('context', path)}
            // eslint-disable-next-line berth/no-literal-ui-text -- an example path, the same in every language
            placeholder="/path/to/project"
            autoFocus
            problem={issueOf('context')}
            helperText={t('build.contextHint')}
            browse={{ purpose: 'folder', title: t('build.context') }}
          />
          <TextField
            label={t('build.dockerfile')}
            value={form.dockerfile}
            onChange={(event) => set('dockerfile', event.target.value)}
            error={Boolean(issueOf('dockerfile'))}
            helperText={issueOf('dockerfile') ?? t('build.dockerfileHint')}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
          />
        </Box>
        <FormSection title={t('build.tags')} hint={t('build.tagsHint')}>
          {form.tags.map((tag, index) => {
            const check = checkReference(t, tag, 'taggable');
            const issue = issueOf(`tags.${index}`);
            return (
              <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                <TextField
                  value={tag}
                  onChange={(event) => set('tags', form.tags.map((value, i) => (i === index ? event.target.value : value)))}
                  placeholder={t('build.tagPlaceholder')}
                  error={Boolean(issue)}
                  helperText={issue ?? (check.state === 'ok' ? t('build.tagMeans', { canonical: check.canonical }) : undefined)}
                  fullWidth
                  slotProps={{ htmlInput: { 'aria-label': t('build.tagLabel', { number: index + 1 }), spellCheck: false, autoCapitalize: 'off', style: { fontFamily: monoFont } } }}
                />
                <IconButton aria-label={t('build.removeTag', { number: index + 1 })} onClick={() => set('tags', form.tags.filter((_, i) => i !== index))} sx={{ mt: 0.5 }}>
                  <CloseOutlined fontSize="small" />
                </IconButton>
              </Box>
            );
          })}
          <Box>
            <Button startIcon={<AddOutlined fontSize="small" />} onClick={() => set('tags', [...form.tags, ''])}>
              {t('build.addTag')}
            </Button>
          </Box>
        </FormSection>
        <FormSection title={t('build.args')} hint={t('build.argsHint')}>
          <KeyValueRows rows={form.buildArgs} onChange={(rows) => set('buildArgs', rows)} noun={t('build.argNoun')} issueKey="buildArgs" issueOf={issueOf} />
        </FormSection>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, alignItems: 'flex-start' }}>
          <TextField
            label={t('build.target')}
            value={form.target}
            onChange={(event) => set('target', event.target.value)}
            placeholder={t('build.targetPlaceholder')}
            error={Boolean(issueOf('target'))}
            helperText={issueOf('target') ?? t('build.targetHint')}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
          />
          <FormControlLabel
            sx={{ mt: 0.5 }}
            control={<Checkbox checked={form.noCache} onChange={(event) => set('noCache', event.target.checked)} />}
            label={t('build.noCache')}
            slotProps={{ typography: { variant: 'body2' } }}
          />
        </Box>
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the docker command it names */}
        <CliCommand command={command} what="docker build" />
      </DialogContent>
      <FormActions attention={submitted ? issues.size : 0} startIcon={<ConstructionOutlined fontSize="small" />} submitLabel={t('build.submit')} onCancel={onClose} />
    </Box>
  );
}

function BuildJobView({ jobId, onEdit, onClose }: { jobId: number; onEdit(): void; onClose(): void }) {
  const { t } = useTranslation('images');
  const job = useJob(jobId) as BuildJob | undefined;
  useEffect(() => watchJob(jobId), [jobId]);
  if (!job) {
    return <JobGone titleId="build-dialog-title" title={t('build.verb')} what="build" onClose={onClose} />;
  }
  const running = job.state === 'running';
  const failedStep = job.state === 'failed' ? failedBuildStep(job.error) : null;
  const percent = job.state === 'done' ? 100 : job.step !== null && job.totalSteps ? Math.round(((job.step - 1) / job.totalSteps) * 100) : 0;
  const builtKey = job.result?.tags.length ? 'build.builtAs' : 'build.built';
  const showInList = () => {
    if (job.result) markBuilt(job.result.imageId);
    onClose();
    navigate(routes.images());
  };

  return (
    <>
      <DialogTitle component="div">
        <DialogHeading id="build-dialog-title">{t('build.jobTitle', { subject: job.subject })}</DialogHeading>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: monoFont, wordBreak: 'break-all' }}>
          {job.input.context}
        </Typography>
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
          <LinearProgress
            variant={job.totalSteps || job.state === 'done' ? 'determinate' : 'indeterminate'}
            value={percent}
            color={job.state === 'failed' ? 'error' : job.state === 'done' ? 'success' : 'primary'}
            aria-label={t('build.progress')}
            sx={{ flex: 1, height: 6, borderRadius: 3 }}
          />
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-testid="build-step">
            {job.step !== null && job.totalSteps ? t('build.stepOf', { step: job.step, total: job.totalSteps }) : running ? t('build.starting') : ''}
          </Typography>
        </Box>
        <BuildLog lines={job.lines} droppedLines={job.droppedLines} failedStep={failedStep} running={running} noCache={job.input.noCache ?? false} />
        {job.state === 'done' && job.result && (
          <Alert
            severity="success"
            role="status"
            aria-label={t('build.finished')}
            action={
              <Button color="inherit" size="small" variant="outlined" onClick={showInList}>
                {t('build.showInList')}
              </Button>
            }
          >
            <Trans
              t={t}
              i18nKey={builtKey}
              values={{ id: shortImageId(job.result.imageId), tags: job.result.tags.join(', '), count: job.result.totalSteps, cached: job.result.cachedSteps }}
              components={{ b: <strong style={{ fontFamily: monoFont }} /> }}
            />
          </Alert>
        )}
        {job.state === 'failed' && (
          <ErrorAlert
            error={job.error}
            title={failedStep !== null ? t('build.stepFailed', { step: failedStep }) : t('build.failed')}
            action={
              failedStep !== null ? (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => document.querySelector<HTMLElement>(`[role="log"] [data-step="${failedStep}"]`)?.scrollIntoView({ block: 'center' })}
                >
                  {t('build.showStep')}
                </Button>
              ) : undefined
            }
          />
        )}
        {job.state === 'cancelled' && (
          <Alert severity="info" role="status">
            {t('build.cancelled')}
          </Alert>
        )}
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the docker command it names */}
        <CliCommand command={job.command} what="docker build" />
      </DialogContent>
      <JobActions job={job} verb="build" onClose={onClose} after={<Button onClick={onEdit}>{t('build.changeAndRebuild')}</Button>} />
    </>
  );
}
