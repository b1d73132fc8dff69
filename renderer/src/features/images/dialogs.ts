import { createStore, useStore } from '../../lib/store';
import type { Job } from './jobs/jobs';

/**
 * The image dialogs that follow a job (pull, push, build, save, load) are opened through this store: the
 * page opens them to start a job, the app bar's jobs indicator to show one again from any page. One host
 * (ImageJobDialogs, mounted with the indicator) renders whichever is open.
 */
type ImageDialog =
  | { kind: 'pull'; reference?: string; jobId?: number }
  /** `source`: the local image's reference (repo:tag); the dialog may push it under another name. */
  | { kind: 'push'; source: string; jobId?: number }
  | { kind: 'build'; jobId?: number }
  | { kind: 'save'; images: string[]; jobId?: number }
  | { kind: 'load'; jobId?: number };

const imageDialog = createStore<ImageDialog | null>(null);

export function openImageDialog(dialog: ImageDialog): void {
  imageDialog.set(dialog);
}

export function closeImageDialog(): void {
  imageDialog.set(null);
}

export function openJobDialog(job: Job): void {
  switch (job.kind) {
    case 'pull':
      return openImageDialog({ kind: 'pull', reference: job.input.reference, jobId: job.id });
    case 'push':
      return openImageDialog({ kind: 'push', source: job.input.reference, jobId: job.id });
    case 'build':
      return openImageDialog({ kind: 'build', jobId: job.id });
    case 'save':
      return openImageDialog({ kind: 'save', images: job.input.images, jobId: job.id });
    case 'load':
      return openImageDialog({ kind: 'load', jobId: job.id });
  }
}

export function useImageDialog(): ImageDialog | null {
  return useStore(imageDialog);
}
