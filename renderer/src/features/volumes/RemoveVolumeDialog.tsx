import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ContainerState } from '../../../../shared/contract/containers';
import { BerthError } from '../../../../shared/contract/errors';
import type { VolumeSummary } from '../../../../shared/contract/volumes';
import { useOpMutation } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { ContainerLink, containerStateWords } from '../../components/ContainerLinks';
import { ErrorAlert } from '../../components/PageParts';
import { formatBytes } from '../../lib/bytes';
import { ExportFields, useExportForm } from './ExportDialog';
import { shortVolumeName } from './volume-view';
import { ItemList, Item } from '../../components/ItemList';

interface Blocker {
  id: string;
  name: string;
  state: ContainerState;
  destination?: string;
}

/** The containers an in-use refusal names (`details.containers` of main's CONFLICT). */
function blockersOf(error: unknown): Blocker[] | null {
  if (!(error instanceof BerthError) || error.code !== 'CONFLICT') return null;
  const containers = (error.details as { containers?: Blocker[] } | undefined)?.containers;
  return Array.isArray(containers) ? containers : null;
}

/**
 * Confirms removing a volume. One that containers mount (running or not) is refused: the dialog names them
 * and says they have to go first. "Export first…" writes a tar of the volume, and the volume is only removed
 * if that export succeeded.
 */
export function RemoveVolumeDialog({ volume, users, onClose, onRemoved }: { volume: VolumeSummary | null; users: readonly Blocker[]; onClose(): void; onRemoved?(): void }) {
  return volume ? <RemoveContent key={volume.name} volume={volume} users={users} onClose={onClose} onRemoved={onRemoved} /> : null;
}

function RemoveContent({ volume, users, onClose, onRemoved }: { volume: VolumeSummary; users: readonly Blocker[]; onClose(): void; onRemoved?(): void }) {
  const [exportFirst, setExportFirst] = useState(false);
  const exporter = useExportForm(volume.name);
  const remove = useOpMutation('volumes.remove', { onError: () => {} });
  const refusedBy = blockersOf(remove.error);
  const blockers = refusedBy ?? users;
  const inUse = blockers.length > 0;
  const busy = exporter.running || remove.isPending;
  const title = shortVolumeName(volume);

  const go = async () => {
    if (exportFirst) {
      const done = await exporter.submit();
      if (!done) return; // nothing is removed unless the export succeeded
      notify({ severity: 'success', title: `Exported ${title}`, message: `${done.file} (${formatBytes(done.bytes)})` });
    }
    try {
      await remove.mutateAsync({ name: volume.name });
      notify({ severity: 'success', title: `Removed volume ${title}` });
      onClose();
      onRemoved?.();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="remove-volume-title" aria-describedby="remove-volume-what">
      <DialogTitle id="remove-volume-title">{inUse ? `Volume ${title} is in use` : `Remove volume ${title}?`}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {inUse ? (
          <>
            <Typography id="remove-volume-what" variant="body2">
              Berth does not remove a volume while containers mount it, running or stopped: remove {blockers.length === 1 ? 'this container' : 'these containers'} first.
            </Typography>
            <ItemList label="Containers using the volume" maxHeight={240}>
              {blockers.map((user) => (
                <Item key={user.id}>
                  <Box sx={{ flex: 1, minWidth: 0, fontWeight: 600 }}>
                    <ContainerLink container={user} />
                  </Box>
                  <Typography variant="caption" color="text.secondary">
                    {containerStateWords(user.state)}
                  </Typography>
                  {user.destination && (
                    <Typography variant="caption" sx={{ fontFamily: monoFont }} color="text.secondary">
                      at {user.destination}
                    </Typography>
                  )}
                </Item>
              ))}
            </ItemList>
          </>
        ) : (
          <Typography id="remove-volume-what" variant="body2">
            The volume and every file in it{volume.sizeBytes ? ` (${formatBytes(volume.sizeBytes)})` : ''} will be deleted. This cannot be undone.
          </Typography>
        )}
        {!inUse && exportFirst && (
          <Box component="section" aria-label="Export first" sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Typography variant="body2" color="text.secondary">
              A tar of the volume is written first; the volume is removed only if that succeeds.
            </Typography>
            <form
              id="remove-volume-form"
              onSubmit={(event) => {
                event.preventDefault();
                void go();
              }}
            >
              <ExportFields form={exporter} autoFocus />
            </form>
          </Box>
        )}
        {remove.isError && !refusedBy && <ErrorAlert error={remove.error} what="The volume was not removed." />}
        {refusedBy && (
          <Alert severity="error" role="alert">
            <AlertTitle>The engine refused</AlertTitle>
            A container started using the volume meanwhile. Nothing was removed.
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {!inUse && (
          <Button onClick={() => setExportFirst((on) => !on)} disabled={busy} aria-expanded={exportFirst} sx={{ mr: 'auto' }}>
            {exportFirst ? 'Don’t export' : 'Export first…'}
          </Button>
        )}
        {exporter.running ? (
          <Button onClick={exporter.cancel}>Cancel export</Button>
        ) : (
          <Button onClick={onClose} autoFocus={!exportFirst} disabled={remove.isPending}>
            {inUse ? 'Close' : 'Cancel'}
          </Button>
        )}
        {inUse ? (
          <Button variant="contained" color="error" disabled aria-describedby="remove-volume-what">
            Remove (refused while in use)
          </Button>
        ) : (
          <Button variant="contained" color="error" disabled={busy} onClick={() => void go()}>
            {exporter.running ? 'Exporting…' : remove.isPending ? 'Removing…' : exportFirst ? (exporter.exists ? 'Replace the file, then remove' : 'Export, then remove') : 'Remove'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
