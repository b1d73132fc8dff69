import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { routes } from '../../../../../shared/routes';
import { useBerthClient } from '../../../api/BerthProvider';
import { useExplainError } from '../../../api/errors';
import { ConfirmActions } from '../../../components/ConfirmDialog';
import { notify } from '../../../components/notifications';
import { afterPull, initialRows, pullImage, recreateOnNewImage, type UpdateRow } from './update-images';

export interface UpdateImageDialogProps {
  /** The containers to update (one, a selection, or a compose project's); null: closed. */
  containers: readonly ContainerSummary[] | null;
  onClose(): void;
}

/**
 * Update image → recreate: pulls each container's image reference, says which are up to date and which
 * would run a newer image, and recreates those (same spec, same name, volumes and networks kept; the old
 * container goes to Recently removed). Nothing is recreated before the user confirms.
 */
export function UpdateImageDialog({ containers, onClose }: UpdateImageDialogProps) {
  return (
    <Dialog open={containers !== null} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="update-image-title">
      {containers && <UpdateView key={containers.map((c) => c.id).join()} containers={containers} onClose={onClose} />}
    </Dialog>
  );
}

function UpdateView({ containers, onClose }: { containers: readonly ContainerSummary[]; onClose(): void }) {
  const { t } = useTranslation('update');
  const client = useBerthClient();
  const explain = useExplainError();
  const [rows, setRows] = useState<UpdateRow[]>(() => initialRows(containers));
  const [recreating, setRecreating] = useState(false);

  useEffect(() => {
    // One pull per reference, however many containers use it; all cancelled if the dialog closes first.
    const references = [...new Set(initialRows(containers).filter((r) => r.state === 'checking').map((r) => r.image))];
    const pulls = references.map((reference) => {
      const pull = pullImage(client, reference);
      pull.done.then(
        (imageId) => setRows((now) => now.map((row) => (row.image === reference && row.state === 'checking' ? afterPull(row, { imageId }) : row))),
        (error: unknown) => setRows((now) => now.map((row) => (row.image === reference && row.state === 'checking' ? afterPull(row, { error }) : row))),
      );
      return pull;
    });
    return () => pulls.forEach((pull) => pull.cancel());
  }, [client, containers]);

  const checking = rows.some((row) => row.state === 'checking');
  const available = rows.filter((row) => row.state === 'available');
  const single = containers.length === 1 ? containers[0] : undefined;

  const recreate = async () => {
    setRecreating(true);
    let updated = 0;
    for (const row of available) {
      setRows((now) => now.map((r) => (r.id === row.id ? { ...r, state: 'recreating' } : r)));
      try {
        await recreateOnNewImage(client, row.id);
        updated++;
        setRows((now) => now.map((r) => (r.id === row.id ? { ...r, state: 'updated' } : r)));
      } catch (error) {
        setRows((now) => now.map((r) => (r.id === row.id ? { ...r, state: 'failed', error } : r)));
      }
    }
    setRecreating(false);
    // The rows follow by themselves: the engine's events of the recreate refresh the containers list.
    if (updated > 0) notify({ severity: 'success', title: t('updated', { count: updated }), action: { label: t('openTrash'), href: routes.trash() } });
  };

  return (
    <>
      <DialogTitle id="update-image-title">{single ? t('titleOne', { name: single.name }) : t('titleMany', { count: containers.length })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {t('body')}
        </Typography>
        <Box component="ul" aria-label={t('list')} sx={{ m: 0, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 320, overflow: 'auto' }}>
          {rows.map((row) => (
            <Box
              component="li"
              key={row.id}
              data-update-row={row.name}
              data-update-state={row.state}
              sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.75, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
                  {row.name}
                </Typography>
                <Typography variant="caption" color="text.secondary" noWrap component="div">
                  {row.image}
                </Typography>
              </Box>
              {(row.state === 'checking' || row.state === 'recreating') && <CircularProgress size={16} aria-hidden />}
              <Typography variant="body2" color={row.state === 'failed' ? 'error' : row.state === 'available' ? 'primary' : 'text.secondary'} sx={{ textAlign: 'right' }}>
                {row.state === 'available' || row.state === 'updated'
                  ? t(`state.${row.state}`, { from: shortImage(row.imageId), to: shortImage(row.newImageId ?? '') })
                  : row.state === 'failed'
                    ? row.error
                      ? explain(row.error).summary
                      : t('state.failed')
                    : t(`state.${row.state}`)}
              </Typography>
            </Box>
          ))}
        </Box>
        {!checking && available.length === 0 && !rows.some((row) => row.state === 'updated') && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('nothingToDo')}
          </Alert>
        )}
        {available.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {t('howRecreate')}
          </Typography>
        )}
      </DialogContent>
      <ConfirmActions
        confirmLabel={t('recreate', { count: available.length })}
        cancelLabel={t('close')}
        onCancel={onClose}
        onConfirm={() => void recreate()}
        pending={recreating}
        confirmDisabled={checking || available.length === 0}
      />
    </>
  );
}

const shortImage = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);
