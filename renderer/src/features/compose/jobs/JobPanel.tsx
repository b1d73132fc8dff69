import CancelOutlined from '@mui/icons-material/CancelOutlined';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import ExpandLessOutlined from '@mui/icons-material/ExpandLessOutlined';
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CliCommand } from '../../../components/CliCommand';
import { LogStore } from '../../../components/log/log-store';
import { LogView } from '../../../components/log/LogView';
import { monoFont } from '../../../components/theme';
import { ComposeErrorAlert } from '../ComposeError';
import { cancelComposeJob, dismissComposeJob, MAX_JOB_LINES, watchComposeJob, type ComposeJob } from './compose-jobs';
import { jobTitle } from './job-words';

function StateIcon({ job, label }: { job: ComposeJob; label: string }) {
  switch (job.state) {
    case 'running':
      return <CircularProgress size={16} aria-label={label} />;
    case 'done':
      return <CheckCircleOutline fontSize="small" color="success" aria-label={label} />;
    case 'failed':
      return <ErrorOutline fontSize="small" color="error" aria-label={label} />;
    case 'cancelled':
      return <BlockOutlined fontSize="small" color="disabled" aria-label={label} />;
  }
}

/**
 * One run of the compose tool: its state, its command, and when open its output as it comes (and, when it
 * failed, why). Open, it is watched: its end is not also announced in a snackbar.
 */
export function JobPanel({ job, open, onToggle }: { job: ComposeJob; open: boolean; onToggle(): void }) {
  const { t } = useTranslation('compose');
  const title = jobTitle(t as TFunction, job);
  const stateWords = t(`job.state.${job.state}`);
  const bodyId = useId();
  useEffect(() => (open ? watchComposeJob(job.id) : undefined), [open, job.id]);
  return (
    <Paper variant="outlined" component="section" aria-label={title} data-testid="compose-job" data-job-state={job.state} data-job-action={job.action} sx={{ overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.5 }}>
        <StateIcon job={job} label={stateWords} />
        <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {title}
        </Typography>
        <Typography variant="body2" color={job.state === 'failed' ? 'error' : 'text.secondary'} sx={{ whiteSpace: 'nowrap' }}>
          {stateWords}
        </Typography>
        <Typography variant="caption" color="text.secondary" title={job.command} sx={{ flex: 1, minWidth: 0, fontFamily: monoFont, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {job.command}
        </Typography>
        {job.state === 'running' ? (
          <Button size="small" color="inherit" startIcon={<CancelOutlined fontSize="small" />} onClick={() => cancelComposeJob(job.id)} aria-label={t('job.cancel', { title })}>
            {t('job.cancelShort')}
          </Button>
        ) : (
          <Tooltip title={t('job.dismiss')}>
            <IconButton size="small" aria-label={t('job.dismissLabel', { title })} onClick={() => dismissComposeJob(job.id)}>
              <CloseOutlined fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
        <Tooltip title={open ? t('job.hideOutput') : t('job.showOutput')}>
          <IconButton size="small" aria-expanded={open} aria-controls={bodyId} aria-label={open ? t('job.hideOutputOf', { title }) : t('job.showOutputOf', { title })} onClick={onToggle}>
            {open ? <ExpandLessOutlined fontSize="small" /> : <ExpandMoreOutlined fontSize="small" />}
          </IconButton>
        </Tooltip>
      </Box>
      {open && (
        <Box id={bodyId} sx={{ display: 'flex', flexDirection: 'column', gap: 1, px: 1.5, pb: 1.5 }}>
          <CliCommand command={job.command} what={title} testId="compose-job-command" />
          {job.state === 'failed' && job.error && <ComposeErrorAlert error={job.error} what={t('job.failedWhat', { title })} />}
          <Box sx={{ height: 220, display: 'flex', flexDirection: 'column', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
            <JobOutput job={job} label={t('job.output', { title })} />
          </Box>
        </Box>
      )}
    </Paper>
  );
}

/** The job's output in a log view: the lines it has not shown yet are appended as the job's grow. */
function JobOutput({ job, label }: { job: ComposeJob; label: string }) {
  const { t } = useTranslation('compose');
  const [store] = useState(() => new LogStore(MAX_JOB_LINES));
  /** Absolute number of the next line of the job to append. */
  const shown = useRef(0);
  useEffect(() => () => store.dispose(), [store]);
  useEffect(() => {
    const end = job.droppedLines + job.lines.length;
    const from = Math.max(0, shown.current - job.droppedLines);
    // Compose writes its progress ("Creating web … done") on stderr: shown as plain output, not as errors
    // (a failure's own words are in the error above the log).
    if (from < job.lines.length) store.append(job.lines.slice(from).map((line) => ({ stream: 'stdout', text: line.text })));
    shown.current = end;
  }, [job.lines, job.droppedLines, store]);
  return (
    <LogView
      store={store}
      label={label}
      fileName={`compose-${job.project}-${job.action}`}
      showTimestamps={false}
      status={t(`job.state.${job.state}`)}
      emptyText={job.state === 'running' ? t('job.noOutputYet') : t('job.noOutput')}
    />
  );
}
