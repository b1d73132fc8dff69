import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useBerthClient } from '../../../api/BerthProvider';
import { opQuery } from '../../../api/hooks';
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
  const client = useBerthClient();
  // Read anew each time the dialog opens: a spec cached earlier (the menu read one) may predate a change made
  // outside Berth, and the form must start from the container as it is.
  const read = useQuery({ ...opQuery(client, 'containers.runCommand', { id }), refetchOnMount: 'always' });
  const [openedAt] = useState(Date.now);
  // Only a spec read since the dialog opened; once shown, a later refetch does not take the form away.
  const fresh = read.data !== undefined && read.dataUpdatedAt >= openedAt;
  const autoRemove = read.data?.spec.autoRemove === true;
  useEffect(() => {
    if (read.isError) notifyError(t('edit.readFailed', { name }), read.error);
    // Stopping a --rm container removes it: there would be nothing to put back if the recreate failed.
    else if (autoRemove) notify({ severity: 'warning', title: t('edit.autoRemove') });
    else return;
    closeChangeDialog();
  }, [read.isError, read.error, autoRemove, name, t]);
  if (!read.data || !fresh || autoRemove) return null;
  return <RunDialog open onClose={closeChangeDialog} edit={{ id, name, spec: read.data.spec, composeProject }} />;
}
