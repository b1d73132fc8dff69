import CloudDownloadOutlined from '@mui/icons-material/CloudDownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { dockerPullCommand, dockerPushCommand, dockerTagCommand } from '../../../../shared/image-cli';
import { useBerthClient } from '../../api/BerthProvider';
import { useCall } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { checkReference, registryToSignIn } from './image-words';
import { retryJob, startJob, useJob, watchJob, type PullJob, type PushJob } from './jobs/jobs';
import { DialogHeading, ErrorAlert, ReferenceField, TransferProgressView } from './parts';
import { CliCommand } from '../../components/CliCommand';
import { shortImageId } from './image-rows';
import { SignInDialog } from './SignIn';
import { JobGone } from './jobs/JobGone';
import { FormActions } from '../../components/FormActions';
import { JobActions } from './jobs/JobActions';

/** docker pull: a reference checked as it is typed, then the pull as a job (it goes on when the dialog is hidden). */
export function PullDialog({ open, reference, jobId, onClose }: { open: boolean; reference?: string; jobId?: number; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" aria-labelledby="pull-dialog-title">
      {open && <Pull key={jobId ?? 'new'} initialReference={reference ?? ''} initialJob={jobId ?? null} onClose={onClose} />}
    </Dialog>
  );
}

function Pull({ initialReference, initialJob, onClose }: { initialReference: string; initialJob: number | null; onClose(): void }) {
  const { t } = useTranslation('images');
  const client = useBerthClient();
  const [jobId, setJobId] = useState<number | null>(initialJob);
  const [text, setText] = useState(initialReference);
  const [platform, setPlatform] = useState('');
  const check = checkReference(t, text, 'pull');
  const platformProblem = platform.trim() !== '' && !/^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_]+)?$/.test(platform.trim()) ? t('pull.platformProblem') : null;
  const reference = text.trim();
  const command = dockerPullCommand(reference || 'IMAGE', platform.trim() || undefined);

  if (jobId !== null) return <TransferJobView kind="pull" jobId={jobId} onJob={setJobId} onClose={onClose} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A reference the parser refuses never reaches the engine.
    if (check.state !== 'ok' || platformProblem) return;
    setJobId(startJob(client, { kind: 'pull', input: { reference, ...(platform.trim() ? { platform: platform.trim() } : {}) }, command }));
  };

  return (
    <Box component="form" onSubmit={submit} noValidate autoComplete="off">
      <DialogTitle component="div">
        <DialogHeading id="pull-dialog-title" onClose={onClose}>
          {t('pull.title')}
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <ReferenceField
          label={t('pull.reference')}
          value={text}
          onChange={setText}
          mode="pull"
          autoFocus
          hint={t('pull.referenceHint')}
        />
        <TextField
          label={t('pull.platform')}
          value={platform}
          onChange={(event) => setPlatform(event.target.value)}
          placeholder={t('pull.platformPlaceholder')}
          error={platformProblem !== null}
          helperText={platformProblem ?? t('pull.platformHint')}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
        />
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the docker command it names */}
        <CliCommand command={command} what="docker pull" />
      </DialogContent>
      <FormActions disabled={check.state !== 'ok' || platformProblem !== null} startIcon={<CloudDownloadOutlined fontSize="small" />} submitLabel={t('pull.submit')} onCancel={onClose} />
    </Box>
  );
}

/**
 * docker push of a local image, under its own name or another one (then it is tagged first, as
 * `docker tag` + `docker push`), as a job with per-layer progress.
 */
export function PushDialog({ open, source, jobId, onClose }: { open: boolean; source: string; jobId?: number; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" aria-labelledby="push-dialog-title">
      {open && <Push key={jobId ?? source} source={source} initialJob={jobId ?? null} onClose={onClose} />}
    </Dialog>
  );
}

function Push({ source, initialJob, onClose }: { source: string; initialJob: number | null; onClose(): void }) {
  const { t } = useTranslation('images');
  const client = useBerthClient();
  const call = useCall();
  const [jobId, setJobId] = useState<number | null>(initialJob);
  const [text, setText] = useState(source);
  const [tagging, setTagging] = useState(false);
  const [tagError, setTagError] = useState<unknown>(null);
  const check = checkReference(t, text, 'taggable');
  const target = text.trim();
  const sameName = check.state === 'ok' && check.familiar === checkFamiliar(t, source);
  const command = sameName || !target ? dockerPushCommand(target || source) : `${dockerTagCommand(source, target)}\n${dockerPushCommand(target)}`;

  const explainKey = sameName ? 'push.explainSame' : 'push.explainTagged';

  if (jobId !== null) return <TransferJobView kind="push" jobId={jobId} onJob={setJobId} onClose={onClose} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (check.state !== 'ok' || tagging) return;
    setTagError(null);
    if (!sameName) {
      setTagging(true);
      try {
        await call('images.tag', { source, target });
      } catch (error) {
        setTagError(error);
        setTagging(false);
        return;
      }
    }
    setJobId(startJob(client, { kind: 'push', input: { reference: target }, command }));
  };

  return (
    <Box component="form" onSubmit={(event: FormEvent) => void submit(event)} noValidate autoComplete="off">
      <DialogTitle component="div">
        <DialogHeading id="push-dialog-title" onClose={onClose}>
          {t('push.title', { source })}
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <ReferenceField label={t('push.as')} value={text} onChange={setText} mode="taggable" autoFocus hint={t('push.asHint')} />
        {check.state === 'ok' && (
          <Typography variant="body2" color="text.secondary">
            <Trans
              t={t}
              i18nKey={explainKey}
              values={{ source, target: check.familiar, registry: check.registry === 'docker.io' ? 'Docker Hub' : check.registry }}
              components={{ b: <strong /> }}
            />
          </Typography>
        )}
        {tagError !== null && <ErrorAlert error={tagError} title={t('push.tagFailed', { source, target })} />}
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the docker command it names */}
        <CliCommand command={command} what="docker push" />
      </DialogContent>
      <FormActions disabled={check.state !== 'ok' || tagging} submitLabel={tagging ? t('push.tagging') : t('push.submit')} onCancel={onClose} />
    </Box>
  );
}

function checkFamiliar(t: TFunction, reference: string): string {
  const check = checkReference(t, reference, 'taggable');
  return check.state === 'ok' ? check.familiar : reference;
}

/** A pull or push job: its progress, then its result or its error (with Sign in for UNAUTHORIZED). */
function TransferJobView({ kind, jobId, onJob, onClose }: { kind: 'pull' | 'push'; jobId: number; onJob(id: number): void; onClose(): void }) {
  const { t } = useTranslation('images');
  const client = useBerthClient();
  const job = useJob(jobId) as PullJob | PushJob | undefined;
  const [signingIn, setSigningIn] = useState<string | null>(null);
  useEffect(() => watchJob(jobId), [jobId]);
  const titleId = `${kind}-dialog-title`;

  if (!job) {
    return <JobGone titleId={titleId} title={t(`transfer.${kind}.verb`)} what="job" onClose={onClose} />;
  }

  const running = job.state === 'running';
  const retry = () => {
    const next = retryJob(client, job.id);
    if (next !== null) onJob(next);
  };
  const registry = registryToSignIn(job.error, job.input.reference);
  const reference = job.input.reference;

  return (
    <>
      <DialogTitle component="div">
        <DialogHeading id={titleId}>{t(`transfer.${kind}.title`, { reference })}</DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {(running || job.state === 'done') && (
          <TransferProgressView
            progress={job.progress}
            status={job.state === 'done' ? t(`transfer.${kind}.done`) : job.result ? t('transfer.statusDone') : job.status || t('transfer.starting')}
            label={t(`transfer.${kind}.progress`, { reference })}
            finished={job.state === 'done'}
          />
        )}
        {job.state === 'done' && job.result && (
          <Alert severity="success" role="status" aria-label={t(`transfer.${kind}.result`, { reference: job.result.reference })}>
            <Trans t={t} i18nKey={`transfer.${kind}.resultMarked`} values={{ reference: job.result.reference }} components={{ b: <strong /> }} />
            {job.result.digest && (
              <Box sx={{ fontFamily: monoFont, fontSize: 12, mt: 0.5, wordBreak: 'break-all' }} data-testid="transfer-digest">
                {job.result.digest}
              </Box>
            )}
            {job.result.imageId && (
              <Box sx={{ fontSize: 12, mt: 0.25, opacity: 0.85 }}>
                <Trans t={t} i18nKey="transfer.resultImage" values={{ id: shortImageId(job.result.imageId) }} components={{ mono: <span style={{ fontFamily: monoFont }} /> }} />
              </Box>
            )}
          </Alert>
        )}
        {job.state === 'failed' && (
          <ErrorAlert
            error={job.error}
            title={t(`transfer.${kind}.failed`, { reference })}
            action={
              registry ? (
                <Button color="inherit" variant="outlined" size="small" onClick={() => setSigningIn(registry)}>
                  {t('transfer.signIn', { registry })}
                </Button>
              ) : undefined
            }
          />
        )}
        {job.state === 'cancelled' && (
          <Alert severity="info" role="status">
            {t(`transfer.${kind}.cancelled`)}
          </Alert>
        )}
        <CliCommand command={job.command} what={`docker ${kind}`} />
      </DialogContent>
      <JobActions job={job} verb={kind} onClose={onClose} after={(job.state === 'failed' || job.state === 'cancelled') && <Button onClick={retry}>{t('jobs.tryAgain')}</Button>} />
      <SignInDialog
        registry={signingIn}
        onClose={() => setSigningIn(null)}
        onSignedIn={() => {
          setSigningIn(null);
          retry();
        }}
      />
    </>
  );
}
