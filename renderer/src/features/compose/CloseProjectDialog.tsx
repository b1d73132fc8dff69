import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject } from '../../../../shared/contract/compose';
import { invalidateOp, useCall } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../components/notifications';

/** Asks before Berth forgets a project opened from files: its files and containers stay as they are. */
export function CloseProjectDialog({ project, onClose, onClosed }: { project: ComposeFileProject | null; onClose(): void; onClosed?(): void }) {
  const { t } = useTranslation('compose');
  const call = useCall();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  // The last project asked about, so that the dialog keeps its words while it fades out.
  const [shown, setShown] = useState(project);
  if (project && project !== shown) setShown(project);
  const confirm = async () => {
    if (!project) return;
    setPending(true);
    try {
      await call('compose.files.close', { id: project.id });
      await invalidateOp(queryClient, 'compose.files.list');
      onClose();
      onClosed?.();
    } catch (error) {
      notifyError(t('close.failed', { name: project.name }), error);
    } finally {
      setPending(false);
    }
  };
  return (
    <ConfirmDialog
      open={project !== null}
      title={t('close.title', { name: shown?.name ?? '' })}
      confirmLabel={t('close.confirm')}
      onCancel={onClose}
      onConfirm={() => void confirm()}
      pending={pending}
    >
      <Typography variant="body2">{t('close.body', { count: shown?.files.length ?? 0, dir: shown?.dir ?? '' })}</Typography>
    </ConfirmDialog>
  );
}
