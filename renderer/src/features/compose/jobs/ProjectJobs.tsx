import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissComposeJob, useComposeJobs } from './compose-jobs';
import { JobPanel } from './JobPanel';

/** A project's runs, newest first: the newest open (a new run opens in its place), the others one click away. */
export function ProjectJobs({ projectId }: { projectId: string }) {
  const { t } = useTranslation('compose');
  const jobs = useComposeJobs()
    .filter((job) => job.projectId === projectId)
    .reverse();
  const newest = jobs[0]?.id ?? null;
  const [opened, setOpened] = useState<{ newest: number | null; open: ReadonlySet<number> }>({ newest, open: new Set(newest === null ? [] : [newest]) });
  // A run started since: it is what the user wants to see.
  if (opened.newest !== newest) setOpened({ newest, open: new Set(newest === null ? [] : [newest]) });
  if (jobs.length === 0) return null;
  const toggle = (id: number) =>
    setOpened((current) => {
      const open = new Set(current.open);
      if (open.has(id)) open.delete(id);
      else open.add(id);
      return { ...current, open };
    });
  const finished = jobs.filter((job) => job.state !== 'running');
  return (
    <Box component="section" aria-label={t('job.listLabel')} sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, px: 2, pb: 1, maxHeight: '45%', overflow: 'auto', flexShrink: 0 }}>
      {jobs.map((job) => (
        <JobPanel key={job.id} job={job} open={opened.open.has(job.id)} onToggle={() => toggle(job.id)} />
      ))}
      {finished.length > 1 && (
        <Button size="small" sx={{ alignSelf: 'flex-end' }} onClick={() => finished.forEach((job) => dismissComposeJob(job.id))}>
          {t('job.clearFinished')}
        </Button>
      )}
    </Box>
  );
}
