import { LoadDialog, SaveDialog } from './ArchiveDialogs';
import { BuildDialog } from './BuildDialog';
import { closeImageDialog, useImageDialog } from './dialogs';
import { PullDialog, PushDialog } from './TransferDialogs';

/** Renders whichever image job dialog the store names (see dialogs.ts); mounted once, with the jobs indicator. */
export function ImageJobDialogs() {
  const dialog = useImageDialog();
  return (
    <>
      <PullDialog open={dialog?.kind === 'pull'} reference={dialog?.kind === 'pull' ? dialog.reference : undefined} jobId={dialog?.kind === 'pull' ? dialog.jobId : undefined} onClose={closeImageDialog} />
      <PushDialog open={dialog?.kind === 'push'} source={dialog?.kind === 'push' ? dialog.source : ''} jobId={dialog?.kind === 'push' ? dialog.jobId : undefined} onClose={closeImageDialog} />
      <BuildDialog open={dialog?.kind === 'build'} jobId={dialog?.kind === 'build' ? dialog.jobId : undefined} onClose={closeImageDialog} />
      <SaveDialog open={dialog?.kind === 'save'} images={dialog?.kind === 'save' ? dialog.images : []} jobId={dialog?.kind === 'save' ? dialog.jobId : undefined} onClose={closeImageDialog} />
      <LoadDialog open={dialog?.kind === 'load'} jobId={dialog?.kind === 'load' ? dialog.jobId : undefined} onClose={closeImageDialog} />
    </>
  );
}
