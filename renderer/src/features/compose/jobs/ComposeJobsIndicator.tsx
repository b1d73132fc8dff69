import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import Badge from '@mui/material/Badge';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComposeJobs } from './compose-jobs';
import { ComposeJobsPopover } from './ComposeJobsPopover';

/**
 * The app bar's compose runs, from any page: those running (with Cancel) and those that ended, each a way to
 * its project. Hidden while there are none.
 */
export function ComposeJobsIndicator() {
  // In the app bar from the first paint, which must not wait for the compose words: shown once they are here.
  const { t, ready } = useTranslation('compose', { useSuspense: false });
  const jobs = useComposeJobs();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // The last run dismissed while the list was open: the button (its anchor) is gone with it.
  if (jobs.length === 0 && anchor) setAnchor(null);
  if (!ready || jobs.length === 0) return null;
  const running = jobs.filter((job) => job.state === 'running').length;
  const failed = jobs.some((job) => job.state === 'failed');
  const label = running > 0 ? t('indicator.running', { count: running }) : t('indicator.label');
  return (
    <>
      <Tooltip title={label}>
        <IconButton aria-label={label} aria-haspopup="dialog" aria-expanded={anchor ? 'true' : undefined} onClick={(event) => setAnchor(event.currentTarget)} data-testid="compose-jobs-indicator" data-running={running} sx={{ position: 'relative' }}>
          <Badge badgeContent={running} color="primary" invisible={running === 0} overlap="circular">
            <AccountTreeOutlined fontSize="small" color={failed && running === 0 ? 'error' : undefined} />
          </Badge>
          {running > 0 && <CircularProgress size={30} thickness={2.5} aria-hidden sx={{ position: 'absolute', inset: 0, m: 'auto', pointerEvents: 'none' }} />}
        </IconButton>
      </Tooltip>
      <ComposeJobsPopover anchor={anchor} onClose={() => setAnchor(null)} />
    </>
  );
}
