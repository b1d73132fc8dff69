import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useState, type ComponentProps, type FormEvent } from 'react';
import { HostFile } from '../../../../shared/contract/paths';
import { dockerLoadCommand, dockerSaveCommand } from '../../../../shared/image-cli';
import { useBerthClient } from '../../api/BerthProvider';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { getJob, retryJob, startJob, useJob, watchJob, type LoadJob, type SaveJob } from './jobs/jobs';
import { ArchiveProgressView, DialogHeading, ErrorAlert } from './parts';
import { CliCommand } from '../../components/CliCommand';
import { HostPathField } from '../../components/HostPathField';
import { isOverwriteConflict } from '../../api/errors';
import { JobGone } from './jobs/JobGone';
import { FormActions } from '../../components/FormActions';
import { JobActions } from './jobs/JobActions';

/** What is wrong with a host path as typed, before main checks that it exists and can be written. */
export function hostPathProblem(path: string): string | null {
  const parsed = HostFile.safeParse(path.trim());
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'not a path');
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
  const client = useBerthClient();
  const [jobId, setJobId] = useState<number | null>(initialJob);
  const [path, setPath] = useState(() => (initialJob !== null ? (getJob(initialJob) as SaveJob | LoadJob | undefined)?.input.path : undefined) ?? '');
  const [submitted, setSubmitted] = useState(false);
  const problem = path.trim() === '' ? (submitted ? 'a path is required' : null) : hostPathProblem(path);
  const command = dockerSaveCommand(images, path.trim() || 'FILE.tar');
  const title = images.length === 1 ? `Save ${images[0]}` : `Save ${images.length} images`;

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
          <Box component="ul" aria-label="Images to save" sx={{ m: 0, pl: 2.5, fontFamily: monoFont, fontSize: 12 }}>
            {images.map((image) => (
              <li key={image}>{image}</li>
            ))}
          </Box>
        )}
        <TarFileField path={path} onChange={setPath} problem={problem} helperText="An absolute path; its folder must exist. An existing file is replaced." browse={{ purpose: 'save-file', title: 'Save images as', filters: [{ name: 'Tar archives', extensions: ['tar'] }] }} />
        <CliCommand command={command} what="docker save" />
      </DialogContent>
      <FormActions disabled={problem !== null} submitLabel="Save" onCancel={onClose} />
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
  const client = useBerthClient();
  const [jobId, setJobId] = useState<number | null>(initialJob);
  const [path, setPath] = useState(() => (initialJob !== null ? (getJob(initialJob) as SaveJob | LoadJob | undefined)?.input.path : undefined) ?? '');
  const [submitted, setSubmitted] = useState(false);
  const problem = path.trim() === '' ? (submitted ? 'a path is required' : null) : hostPathProblem(path);
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
          Load images from a file
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <TarFileField path={path} onChange={setPath} problem={problem} helperText="An absolute path to a file made by docker save (or Berth’s Save)" browse={{ purpose: 'open-file', title: 'Load images from', filters: [{ name: 'Tar archives', extensions: ['tar', 'gz', 'xz', 'bz2'] }] }} />
        <CliCommand command={command} what="docker load" />
      </DialogContent>
      <FormActions disabled={problem !== null} submitLabel="Load" onCancel={onClose} />
    </Box>
  );
}

function ArchiveJobView({ kind, jobId, onJob, onEdit, onClose }: { kind: 'save' | 'load'; jobId: number; onJob(id: number): void; onEdit(): void; onClose(): void }) {
  const client = useBerthClient();
  const job = useJob(jobId) as SaveJob | LoadJob | undefined;
  useEffect(() => watchJob(jobId), [jobId]);
  const titleId = `${kind}-dialog-title`;
  if (!job) {
    return <JobGone titleId={titleId} title={kind === 'save' ? 'Save' : 'Load'} what="job" onClose={onClose} />;
  }
  const running = job.state === 'running';
  const path = job.input.path;
  const heading = job.kind === 'save' ? `Save ${job.subject}` : `Load ${job.subject}`;
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
          <ArchiveProgressView bytes={job.bytes} totalBytes={job.totalBytes} label={kind === 'save' ? `Saving into ${path}` : `Loading ${path}`} finished={job.state === 'done'} />
        )}
        {job.state === 'done' && job.result && (
          <Alert severity="success" role="status" aria-label={kind === 'save' ? 'Saved' : 'Loaded'}>
            {kind === 'save' ? (
              <>
                Saved {job.result.images.length} {job.result.images.length === 1 ? 'image' : 'images'} into{' '}
                <span style={{ fontFamily: monoFont, wordBreak: 'break-all' }}>{job.result.path}</span> ({formatBytes(job.result.sizeBytes)}).
              </>
            ) : (
              <>
                Loaded {job.result.images.length === 0 ? 'no images' : job.result.images.join(', ')} from{' '}
                <span style={{ fontFamily: monoFont, wordBreak: 'break-all' }}>{job.result.path}</span>.
              </>
            )}
          </Alert>
        )}
        {exists && (
          <Alert severity="warning" role="status">
            <span style={{ fontFamily: monoFont, wordBreak: 'break-all' }}>{path}</span> already exists. Save again to replace it, or change the path.
          </Alert>
        )}
        {job.state === 'failed' && !exists && <ErrorAlert error={job.error} title={kind === 'save' ? `Could not save into ${path}` : `Could not load ${path}`} />}
        {job.state === 'cancelled' && (
          <Alert severity="info" role="status">
            {kind === 'save' ? 'The save was cancelled.' : 'The load was cancelled.'}
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
              <Button onClick={onEdit}>Change the path</Button>
              {exists ? (
                <Button variant="contained" color="warning" onClick={replace}>
                  Replace the file
                </Button>
              ) : (
                <Button onClick={retry}>Try again</Button>
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
  return <HostPathField label="Tar file on the host" value={path} onChange={onChange} placeholder="/home/me/images.tar" autoFocus problem={problem} helperText={helperText} browse={browse} />;
}
