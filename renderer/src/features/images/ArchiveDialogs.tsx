import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useState, type ComponentProps, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { HostFile } from '../../../../shared/contract/paths';
import { dockerLoadCommand, dockerSaveCommand } from '../../../../shared/image-cli';
import { useBerthClient } from '../../api/BerthProvider';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { getJob, jobSubject, retryJob, startJob, useJob, watchJob, type LoadJob, type SaveJob } from './jobs/jobs';
import { ArchiveProgressView, DialogHeading, ErrorAlert } from './parts';
import { CliCommand } from '../../components/CliCommand';
import { HostPathField } from '../../components/HostPathField';
import { isOverwriteConflict } from '../../api/errors';
import { JobGone } from './jobs/JobGone';
import { FormActions } from '../../components/FormActions';
import { JobActions } from './jobs/JobActions';
import { issueProblem } from '../../api/zod-issues';

/** What is wrong with a host path as typed, before main checks that it exists and can be written. */
export function hostPathProblem(t: TFunction, path: string): string | null {
  const parsed = HostFile.safeParse(path.trim());
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return parsed.success ? null : issue ? issueProblem(issue, t) : t('archive.notAPath');
}

/** docker save -o: the chosen images into one tar file on the host, with progress. */
export function SaveDialog({ open, images, jobId, onClose }: { open: boolean; images: string[]; jobId?: number; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" aria-labelledby="save-dialog-title">
      {open && <Save key={jobId ?? images.join()} images={images} initialJob={jobId ?? null} onClose={onClose} />}
    </Dialog>
  );
}

function Save({ images, initialJob, onClose }: { images: string[]; initialJob: number | null; onClose(): void }) {
  const { t } = useTranslation('images');
  const client = useBerthClient();
  const [jobId, setJobId] = useState<number | null>(initialJob);
  const [path, setPath] = useState(() => (initialJob !== null ? (getJob(initialJob) as SaveJob | LoadJob | undefined)?.input.path : undefined) ?? '');
  const [submitted, setSubmitted] = useState(false);
  const problem = path.trim() === '' ? (submitted ? t('archive.pathRequired') : null) : hostPathProblem(t, path);
  const command = dockerSaveCommand(images, path.trim() || 'FILE.tar');
  const title = images.length === 1 ? t('save.titleOne', { image: images[0] }) : t('save.titleMany', { count: images.length });

  if (jobId !== null) return <ArchiveJobView kind="save" jobId={jobId} onJob={setJobId} onEdit={() => setJobId(null)} onClose={onClose} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!path.trim() || problem) return;
    setJobId(startJob(client, { kind: 'save', input: { images, path: path.trim() }, command }));
  };

  return (
    <Box component="form" onSubmit={submit} noValidate autoComplete="off">
      <DialogTitle component="div">
        <DialogHeading id="save-dialog-title" onClose={onClose}>
          {title}
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        {images.length > 1 && (
          <Box component="ul" aria-label={t('save.list')} sx={{ m: 0, pl: 2.5, fontFamily: monoFont, fontSize: 12 }}>
            {images.map((image) => (
              <li key={image}>{image}</li>
            ))}
          </Box>
        )}
        <TarFileField path={path} onChange={setPath} problem={problem} helperText={t('save.pathHint')} browse={{ purpose: 'save-file', title: t('save.browseTitle'), filters: [{ name: t('archive.tarArchives'), extensions: ['tar'] }] }} />
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the docker command it names */}
        <CliCommand command={command} what="docker save" />
      </DialogContent>
      <FormActions disabled={problem !== null} submitLabel={t('save.submit')} onCancel={onClose} />
    </Box>
  );
}

/** docker load -i: the images of a tar file on the host, with progress; the result names them. */
export function LoadDialog({ open, jobId, onClose }: { open: boolean; jobId?: number; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" aria-labelledby="load-dialog-title">
      {open && <Load key={jobId ?? 'new'} initialJob={jobId ?? null} onClose={onClose} />}
    </Dialog>
  );
}

function Load({ initialJob, onClose }: { initialJob: number | null; onClose(): void }) {
  const { t } = useTranslation('images');
  const client = useBerthClient();
  const [jobId, setJobId] = useState<number | null>(initialJob);
  const [path, setPath] = useState(() => (initialJob !== null ? (getJob(initialJob) as SaveJob | LoadJob | undefined)?.input.path : undefined) ?? '');
  const [submitted, setSubmitted] = useState(false);
  const problem = path.trim() === '' ? (submitted ? t('archive.pathRequired') : null) : hostPathProblem(t, path);
  const command = dockerLoadCommand(path.trim() || 'FILE.tar');

  if (jobId !== null) return <ArchiveJobView kind="load" jobId={jobId} onJob={setJobId} onEdit={() => setJobId(null)} onClose={onClose} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!path.trim() || problem) return;
    setJobId(startJob(client, { kind: 'load', input: { path: path.trim() }, command }));
  };

  return (
    <Box component="form" onSubmit={submit} noValidate autoComplete="off">
      <DialogTitle component="div">
        <DialogHeading id="load-dialog-title" onClose={onClose}>
          {t('load.title')}
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <TarFileField path={path} onChange={setPath} problem={problem} helperText={t('load.pathHint')} browse={{ purpose: 'open-file', title: t('load.browseTitle'), filters: [{ name: t('archive.tarArchives'), extensions: ['tar', 'gz', 'xz', 'bz2'] }] }} />
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the docker command it names */}
        <CliCommand command={command} what="docker load" />
      </DialogContent>
      <FormActions disabled={problem !== null} submitLabel={t('load.submit')} onCancel={onClose} />
    </Box>
  );
}

function ArchiveJobView({ kind, jobId, onJob, onEdit, onClose }: { kind: 'save' | 'load'; jobId: number; onJob(id: number): void; onEdit(): void; onClose(): void }) {
  const { t } = useTranslation('images');
  const client = useBerthClient();
  const job = useJob(jobId) as SaveJob | LoadJob | undefined;
  useEffect(() => watchJob(jobId), [jobId]);
  const titleId = `${kind}-dialog-title`;
  if (!job) {
    return <JobGone titleId={titleId} title={t(`${kind}.verb`)} what="job" onClose={onClose} />;
  }
  const running = job.state === 'running';
  const path = job.input.path;
  const heading = t(`${job.kind}.jobTitle`, { subject: jobSubject(t, job) });
  const retry = () => {
    const next = retryJob(client, job.id);
    if (next !== null) onJob(next);
  };
  // As volumes.export asks: a save onto an existing file is refused first, and going on is the user's yes.
  const exists = job.kind === 'save' && job.state === 'failed' && isOverwriteConflict(job.error) === 'file-exists';
  const replace = () => {
    if (job.kind === 'save') onJob(startJob(client, { kind: 'save', input: { ...job.input, overwrite: true }, command: job.command }));
  };
  return (
    <>
      <DialogTitle component="div">
        <DialogHeading id={titleId}>{heading}</DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {(running || job.state === 'done') && (
          <ArchiveProgressView bytes={job.bytes} totalBytes={job.totalBytes} label={t(`${kind}.progress`, { path })} finished={job.state === 'done'} />
        )}
        {job.state === 'done' && job.result && (
          <Alert severity="success" role="status" aria-label={t(`${kind}.done`)}>
            {kind === 'save' ? (
              <Trans
                t={t}
                i18nKey="save.result"
                values={{ count: job.result.images.length, path: job.result.path, size: formatBytes(job.result.sizeBytes) }}
                components={{ path: <span style={{ fontFamily: monoFont, wordBreak: 'break-all' }} /> }}
              />
            ) : (
              <Trans
                t={t}
                i18nKey="load.result"
                values={{ count: job.result.images.length, images: job.result.images.join(', '), path: job.result.path }}
                components={{ path: <span style={{ fontFamily: monoFont, wordBreak: 'break-all' }} /> }}
              />
            )}
          </Alert>
        )}
        {exists && (
          <Alert severity="warning" role="status">
            <Trans t={t} i18nKey="save.exists" values={{ path }} components={{ path: <span style={{ fontFamily: monoFont, wordBreak: 'break-all' }} /> }} />
          </Alert>
        )}
        {job.state === 'failed' && !exists && <ErrorAlert error={job.error} title={t(`${kind}.failed`, { path })} />}
        {job.state === 'cancelled' && (
          <Alert severity="info" role="status">
            {t(`${kind}.cancelled`)}
          </Alert>
        )}
        <CliCommand command={job.command} what={`docker ${kind}`} />
      </DialogContent>
      <JobActions
        job={job}
        verb={kind}
        onClose={onClose}
        after={
          (job.state === 'failed' || job.state === 'cancelled') && (
            <>
              <Button onClick={onEdit}>{t('archive.changePath')}</Button>
              {exists ? (
                <Button variant="contained" color="warning" onClick={replace}>
                  {t('save.replace')}
                </Button>
              ) : (
                <Button onClick={retry}>{t('jobs.tryAgain')}</Button>
              )}
            </>
          )
        }
      />
    </>
  );
}

/** Where the tar file of a save or load is, on the host (typed, or picked with the browse button). */
function TarFileField({ path, onChange, problem, helperText, browse }: { path: string; onChange(path: string): void; problem: ComponentProps<typeof HostPathField>['problem']; helperText: string; browse: ComponentProps<typeof HostPathField>['browse'] }) {
  const { t } = useTranslation('images');
  // eslint-disable-next-line berth/no-literal-ui-text -- an example path, the same in every language
  return <HostPathField label={t('archive.tarFile')} value={path} onChange={onChange} placeholder="/home/me/images.tar" autoFocus problem={problem} helperText={helperText} browse={browse} />;
}
