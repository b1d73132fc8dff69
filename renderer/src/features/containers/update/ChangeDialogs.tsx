import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../../api/hooks';
import { notify, notifyError } from '../../../components/notifications';
import { useStore } from '../../../lib/store';
import { RunDialog } from '../run/RunDialog';
import { changeDialog, closeChangeDialog } from './change-dialogs';
import { UpdateImageDialog } from './UpdateImageDialog';

/** The one host of the edit and update-image dialogs (see change-dialogs.ts). */
export function ChangeDialogs() {
  const dialog = useStore(changeDialog);
  return (
    <>
      {dialog?.kind === 'edit' && <EditDialog key={dialog.container.id} id={dialog.container.id} name={dialog.container.name} composeProject={dialog.container.composeProject} />}
      <UpdateImageDialog containers={dialog?.kind === 'update' ? dialog.containers : null} onClose={closeChangeDialog} />
    </>
  );
}

/** Edit → recreate: the run dialog in edit mode, once the container's spec is read. */
function EditDialog({ id, name, composeProject }: { id: string; name: string; composeProject: string | null }) {
  const { t } = useTranslation('run');
  const read = useOp('containers.runCommand', { id });
  const autoRemove = read.data?.spec.autoRemove === true;
  useEffect(() => {
    if (read.isError) notifyError(t('edit.readFailed', { name }), read.error);
    // Stopping a --rm container removes it: there would be nothing to put back if the recreate failed.
    else if (autoRemove) notify({ severity: 'warning', title: t('edit.autoRemove') });
    else return;
    closeChangeDialog();
  }, [read.isError, read.error, autoRemove, name, t]);
  if (!read.data || autoRemove) return null;
  return <RunDialog open onClose={closeChangeDialog} edit={{ id, name, spec: read.data.spec, composeProject }} />;
}
