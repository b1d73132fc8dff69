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
  const client = useBerthClient();
  const [jobId, setJobId] = useState<number | null>(initialJob);
  const [text, setText] = useState(initialReference);
  const [platform, setPlatform] = useState('');
  const check = checkReference(text, 'pull');
  const platformProblem = platform.trim() !== '' && !/^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_]+)?$/.test(platform.trim()) ? 'os/arch or os/arch/variant, e.g. linux/arm64' : null;
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
          Pull an image
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <ReferenceField
          label="Image reference"
          value={text}
          onChange={setText}
          mode="pull"
          autoFocus
          hint="[registry[:port]/][namespace/]name[:tag|@digest] — e.g. busybox, 127.0.0.1:5555/team/app:1"
        />
        <TextField
          label="Platform (optional)"
          value={platform}
          onChange={(event) => setPlatform(event.target.value)}
          placeholder="the engine's own"
          error={platformProblem !== null}
          helperText={platformProblem ?? 'For a multi-platform image: linux/amd64, linux/arm64…'}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
        />
        <CliCommand command={command} what="docker pull" />
      </DialogContent>
      <FormActions disabled={check.state !== 'ok' || platformProblem !== null} startIcon={<CloudDownloadOutlined fontSize="small" />} submitLabel="Pull" onCancel={onClose} />
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
  const client = useBerthClient();
  const call = useCall();
  const [jobId, setJobId] = useState<number | null>(initialJob);
  const [text, setText] = useState(source);
  const [tagging, setTagging] = useState(false);
  const [tagError, setTagError] = useState<unknown>(null);
  const check = checkReference(text, 'taggable');
  const target = text.trim();
  const sameName = check.state === 'ok' && check.familiar === checkFamiliar(source);
  const command = sameName || !target ? dockerPushCommand(target || source) : `${dockerTagCommand(source, target)}\n${dockerPushCommand(target)}`;

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
          Push {source}
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <ReferenceField label="Push as" value={text} onChange={setText} mode="taggable" autoFocus hint="registry[:port]/name[:tag]" />
        {check.state === 'ok' && (
          <Typography variant="body2" color="text.secondary">
            {sameName ? 'Pushes' : `Tags ${source} as ${check.familiar}, then pushes it`} to{' '}
            <strong>{check.registry === 'docker.io' ? 'Docker Hub' : check.registry}</strong>, with the login Berth has for it.
          </Typography>
        )}
        {tagError !== null && <ErrorAlert error={tagError} title={`Could not tag ${source} as ${target}`} />}
        <CliCommand command={command} what="docker push" />
      </DialogContent>
      <FormActions disabled={check.state !== 'ok' || tagging} submitLabel={tagging ? 'Tagging…' : 'Push'} onCancel={onClose} />
    </Box>
  );
}

function checkFamiliar(reference: string): string {
  const check = checkReference(reference, 'taggable');
  return check.state === 'ok' ? check.familiar : reference;
}

/** A pull or push job: its progress, then its result or its error (with Sign in for UNAUTHORIZED). */
function TransferJobView({ kind, jobId, onJob, onClose }: { kind: 'pull' | 'push'; jobId: number; onJob(id: number): void; onClose(): void }) {
  const client = useBerthClient();
  const job = useJob(jobId) as PullJob | PushJob | undefined;
  const [signingIn, setSigningIn] = useState<string | null>(null);
  useEffect(() => watchJob(jobId), [jobId]);
  const titleId = `${kind}-dialog-title`;
  const verb = kind === 'pull' ? 'Pull' : 'Push';

  if (!job) {
    return <JobGone titleId={titleId} title={verb} what="job" onClose={onClose} />;
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
        <DialogHeading id={titleId}>
          {verb} {reference}
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {(running || job.state === 'done') && (
          <TransferProgressView
            progress={job.progress}
            status={job.state === 'done' ? (kind === 'pull' ? 'Pulled' : 'Pushed') : job.status}
            label={`${kind === 'pull' ? 'Pulling' : 'Pushing'} ${reference}`}
            finished={job.state === 'done'}
          />
        )}
        {job.state === 'done' && job.result && (
          <Alert severity="success" role="status" aria-label={`${kind === 'pull' ? 'Pulled' : 'Pushed'} ${job.result.reference}`}>
            {kind === 'pull' ? 'Pulled' : 'Pushed'} <strong>{job.result.reference}</strong>
            {job.result.digest && (
              <Box sx={{ fontFamily: monoFont, fontSize: 12, mt: 0.5, wordBreak: 'break-all' }} data-testid="transfer-digest">
                {job.result.digest}
              </Box>
            )}
            {job.result.imageId && (
              <Box sx={{ fontSize: 12, mt: 0.25, opacity: 0.85 }}>
                Image <span style={{ fontFamily: monoFont }}>{shortImageId(job.result.imageId)}</span>
              </Box>
            )}
          </Alert>
        )}
        {job.state === 'failed' && (
          <ErrorAlert
            error={job.error}
            title={kind === 'pull' ? `Could not pull ${reference}` : `Could not push ${reference}`}
            action={
              registry ? (
                <Button color="inherit" variant="outlined" size="small" onClick={() => setSigningIn(registry)}>
                  Sign in to {registry}
                </Button>
              ) : undefined
            }
          />
        )}
        {job.state === 'cancelled' && (
          <Alert severity="info" role="status">
            The {kind} was cancelled.
          </Alert>
        )}
        <CliCommand command={job.command} what={`docker ${kind}`} />
      </DialogContent>
      <JobActions job={job} verb={kind} onClose={onClose} after={(job.state === 'failed' || job.state === 'cancelled') && <Button onClick={retry}>Try again</Button>} />
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
