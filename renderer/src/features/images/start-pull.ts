import type { BerthClient } from '../../../../shared/client';
import { dockerPullCommand } from '../../../../shared/image-cli';
import { openImageDialog } from './dialogs';
import { startJob } from './jobs/jobs';

/**
 * The one way to pull, wherever it starts (the images page, a registry's tag list): a job in the jobs
 * indicator, whose dialog shows its progress and can be hidden while it goes on.
 */
export function startPull(client: BerthClient, reference: string): void {
  const jobId = startJob(client, { kind: 'pull', input: { reference }, command: dockerPullCommand(reference) });
  openImageDialog({ kind: 'pull', reference, jobId });
}
