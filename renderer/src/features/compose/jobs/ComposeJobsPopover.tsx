import CancelOutlined from '@mui/icons-material/CancelOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Popover from '@mui/material/Popover';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { routes } from '../../../../../shared/routes';
import { cancelComposeJob, clearFinishedComposeJobs, useComposeJobs, type ComposeJob } from './compose-jobs';
import { jobTitle } from './job-words';

/** The app bar's list of compose runs, newest first: each a way to its project, Cancel for those running. */
export function ComposeJobsPopover({ anchor, onClose }: { anchor: HTMLElement | null; onClose(): void }) {
  const { t } = useTranslation('compose');
  const jobs = useComposeJobs();
  const running = jobs.filter((job) => job.state === 'running').length;
  return (
    <Popover
      open={anchor !== null && jobs.length > 0}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { role: 'dialog', 'aria-label': t('indicator.label'), sx: { width: 380, maxHeight: 460, display: 'flex', flexDirection: 'column' } } as object }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="subtitle2" component="h2" sx={{ flex: 1, fontWeight: 600 }}>
          {t('indicator.label')}
        </Typography>
        <Button size="small" onClick={clearFinishedComposeJobs} disabled={running === jobs.length}>
          {t('job.clearFinished')}
        </Button>
      </Box>
      <Box component="ul" aria-label={t('indicator.list')} sx={{ m: 0, p: 0, listStyle: 'none', overflow: 'auto' }}>
        {[...jobs].reverse().map((job) => (
          <IndicatorItem key={job.id} job={job} t={t as TFunction} onOpen={onClose} />
        ))}
      </Box>
    </Popover>
  );
}

function IndicatorItem({ job, t, onOpen }: { job: ComposeJob; t: TFunction; onOpen(): void }) {
  const title = jobTitle(t, job);
  return (
    <Box component="li" aria-label={title} data-job-state={job.state} sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Link href={routes.composeProject(job.projectId)} onClick={onOpen} underline="hover" color="inherit" sx={{ fontWeight: 500, display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {title}
        </Link>
        <Typography variant="caption" color={job.state === 'failed' ? 'error' : 'text.secondary'} component="div" noWrap>
          {t('indicator.item', { project: job.project, state: t(`job.state.${job.state}`) })}
        </Typography>
      </Box>
      {job.state === 'running' && (
        <Tooltip title={t('job.cancelShort')}>
          <IconButton aria-label={t('job.cancel', { title })} onClick={() => cancelComposeJob(job.id)}>
            <CancelOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </Box>
  );
}
