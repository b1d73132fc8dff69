import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelJob, type Job } from './jobs';

/**
 * The buttons of a job's dialog: while it runs, Cancel and Hide (the job goes on, the jobs indicator follows
 * it); once it ended, what the dialog offers next (`after`: try again, change…) and Close.
 */
export function JobActions({ job, verb, onClose, after }: { job: Job; verb: Job['kind']; onClose(): void; after?: ReactNode }) {
  const { t } = useTranslation('images');
  return (
    <DialogActions sx={{ px: 3, pb: 2 }}>
      {job.state === 'running' ? (
        <>
          <Button color="error" onClick={() => cancelJob(job.id)}>
            {t(`jobs.actions.cancel.${verb}`)}
          </Button>
          <Button variant="contained" onClick={onClose} title={t(`jobs.actions.hideHint.${verb}`)}>
            {t('jobs.actions.hide')}
          </Button>
        </>
      ) : (
        <>
          {after}
          <Button variant="contained" onClick={onClose} autoFocus>
            {t('dialog.close')}
          </Button>
        </>
      )}
    </DialogActions>
  );
}
