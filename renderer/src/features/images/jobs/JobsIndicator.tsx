import CancelOutlined from '@mui/icons-material/CancelOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import SwapVertOutlined from '@mui/icons-material/SwapVertOutlined';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Popover from '@mui/material/Popover';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyNamed, useLatched } from '../../../lib/lazy';
import { openJobDialog, useImageDialog } from '../dialogs';
import { cancelJob, clearFinishedJobs, dismissJob, jobFraction, jobTitle, setJobWords, useJobs, type Job } from './jobs';

/** The job dialogs' code loads when the first is opened. */
const ImageJobDialogs = lazyNamed(() => import('../ImageJobDialogs'), 'ImageJobDialogs');

/**
 * The app bar's jobs button: pulls, pushes, builds, saves and loads in progress (with their progress) and
 * those that ended, from any page; each opens its dialog again. Hidden while there are none. It also hosts
 * the image job dialogs, so that they can be shown over any page.
 */
export function JobsIndicator() {
  // In the app bar from the first paint, which must not wait for the images' words: without suspense, shown once they are here.
  const { t, ready } = useTranslation(['images', 'errors'], { useSuspense: false });
  // The jobs' own announcements (a job that ends while no dialog shows it) are worded with these.
  useEffect(() => {
    setJobWords(ready ? t : null);
  }, [t, ready]);
  const list = useJobs();
  const dialogsWanted = useLatched(useImageDialog() !== null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const running = list.filter((job) => job.state === 'running');
  const fractions = running.map(jobFraction);
  const known = fractions.filter((f): f is number => f !== null);
  const overall = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : null;
  const failed = list.some((job) => job.state === 'failed');
  const label = running.length > 0 ? t('jobs.indicator.running', { count: running.length }) : t('jobs.indicator.label');

  return (
    <>
      {ready && list.length > 0 && (
        <Tooltip title={label}>
          <IconButton aria-label={label} aria-haspopup="dialog" aria-expanded={anchor ? 'true' : undefined} onClick={(event) => setAnchor(event.currentTarget)} sx={{ position: 'relative' }}>
            <Badge badgeContent={running.length} color="primary" invisible={running.length === 0} overlap="circular">
              <SwapVertOutlined fontSize="small" color={failed && running.length === 0 ? 'error' : undefined} />
            </Badge>
            {running.length > 0 && (
              <CircularProgress
                size={30}
                thickness={2.5}
                variant={overall === null ? 'indeterminate' : 'determinate'}
                value={(overall ?? 0) * 100}
                aria-hidden
                sx={{ position: 'absolute', inset: 0, m: 'auto', pointerEvents: 'none' }}
              />
            )}
          </IconButton>
        </Tooltip>
      )}
      <Popover
        open={ready && anchor !== null && list.length > 0}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': t('jobs.indicator.label'), sx: { width: 400, maxHeight: 480, display: 'flex', flexDirection: 'column' } } as object }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <Typography variant="subtitle2" component="h2" sx={{ flex: 1, fontWeight: 600 }}>
            {t('jobs.indicator.label')}
          </Typography>
          <Button size="small" onClick={clearFinishedJobs} disabled={list.every((job) => job.state === 'running')}>
            {t('jobs.indicator.clearFinished')}
          </Button>
        </Box>
        <Box component="ul" aria-label={t('jobs.indicator.list')} sx={{ m: 0, p: 0, listStyle: 'none', overflow: 'auto' }}>
          {[...list].reverse().map((job) => (
            <JobItem
              key={job.id}
              job={job}
              onOpen={() => {
                setAnchor(null);
                openJobDialog(job);
              }}
            />
          ))}
        </Box>
      </Popover>
      {dialogsWanted && (
        <Suspense fallback={null}>
          <ImageJobDialogs />
        </Suspense>
      )}
    </>
  );
}

function JobItem({ job, onOpen }: { job: Job; onOpen(): void }) {
  const { t } = useTranslation('images');
  const fraction = jobFraction(job);
  const title = jobTitle(t, job);
  return (
    <Box component="li" aria-label={title} sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Button onClick={onOpen} sx={{ p: 0, minWidth: 0, justifyContent: 'flex-start', textAlign: 'left', color: 'text.primary', fontWeight: 500, maxWidth: '100%' }} aria-label={t('jobs.item.show', { title })}>
          <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {title}
          </Box>
        </Button>
        {job.state === 'running' ? (
          <LinearProgress variant={fraction === null ? 'indeterminate' : 'determinate'} value={(fraction ?? 0) * 100} sx={{ mt: 0.5, height: 4, borderRadius: 2 }} aria-label={t('jobs.item.progress', { title })} />
        ) : (
          <Typography variant="caption" color={job.state === 'failed' ? 'error' : 'text.secondary'} component="div" noWrap>
            {job.state === 'failed' ? (job.error?.message ?? t('jobs.item.failed')) : job.state === 'cancelled' ? t('jobs.item.cancelled') : t('jobs.item.finished')}
          </Typography>
        )}
      </Box>
      {job.state === 'running' ? (
        <Tooltip title={t('dialog.cancel')}>
          <IconButton aria-label={t('jobs.item.cancel', { title })} onClick={() => cancelJob(job.id)}>
            <CancelOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : (
        <>
          {job.state === 'done' ? <CheckCircleOutline fontSize="small" color="success" aria-hidden /> : job.state === 'failed' ? <ErrorOutline fontSize="small" color="error" aria-hidden /> : null}
          <Tooltip title={t('jobs.item.dismiss')}>
            <IconButton aria-label={t('jobs.item.dismissLabel', { title })} onClick={() => dismissJob(job.id)}>
              <CloseOutlined fontSize="small" />
            </IconButton>
          </Tooltip>
        </>
      )}
    </Box>
  );
}
