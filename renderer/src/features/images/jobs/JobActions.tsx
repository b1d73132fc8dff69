import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';
import { cancelJob, type Job } from './jobs';

/**
 * The buttons of a job's dialog: while it runs, Cancel and Hide (the job goes on, the jobs indicator follows
 * it); once it ended, what the dialog offers next (`after`: try again, change…) and Close.
 */
export function JobActions({ job, verb, onClose, after }: { job: Job; verb: string; onClose(): void; after?: ReactNode }) {
  return (
    <DialogActions sx={{ px: 3, pb: 2 }}>
      {job.state === 'running' ? (
        <>
          <Button color="error" onClick={() => cancelJob(job.id)}>
            Cancel {verb}
          </Button>
          <Button variant="contained" onClick={onClose} title={`The ${verb} goes on; Jobs in the top bar follows it`}>
            Hide
          </Button>
        </>
      ) : (
        <>
          {after}
          <Button variant="contained" onClick={onClose} autoFocus>
            Close
          </Button>
        </>
      )}
    </DialogActions>
  );
}
