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
import { useTranslation } from 'react-i18next';
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
import { useSettings } from '../settings';

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

/** main's refusal of a volume too large for the trash (`details.reason` "over-budget"): nothing was removed. */
function isOverBudget(error: unknown): boolean {
  return error instanceof BerthError && error.code === 'CONFLICT' && (error.details as { reason?: string } | undefined)?.reason === 'over-budget';
}

/**
 * Confirms removing a volume. Its files are kept in Recently removed first; one larger than the trash's
 * budget is said to be removed for good, and only removed so when the user confirms that. One that containers mount (running or not) is refused: the dialog names them
 * and says they have to go first. "Export first…" writes a tar of the volume, and the volume is only removed
 * if that export succeeded.
 */
export function RemoveVolumeDialog({ volume, users, onClose, onRemoved }: { volume: VolumeSummary | null; users: readonly Blocker[]; onClose(): void; onRemoved?(): void }) {
  return volume ? <RemoveContent key={volume.name} volume={volume} users={users} onClose={onClose} onRemoved={onRemoved} /> : null;
}

function RemoveContent({ volume, users, onClose, onRemoved }: { volume: VolumeSummary; users: readonly Blocker[]; onClose(): void; onRemoved?(): void }) {
  const { t } = useTranslation('volumes');
  const [exportFirst, setExportFirst] = useState(false);
  const exporter = useExportForm(volume.name);
  const remove = useOpMutation('volumes.remove', { onError: () => {} });
  const budget = useSettings().data?.settings.trash.volumeBudgetBytes ?? null;
  // Too big for the trash, known before (its measured size) or from main's refusal (measured as it was archived).
  const tooBig = isOverBudget(remove.error) || (budget !== null && budget > 0 && volume.sizeBytes !== null && volume.sizeBytes > budget);
  const refusedBy = blockersOf(remove.error);
  const blockers = refusedBy ?? users;
  const inUse = blockers.length > 0;
  const busy = exporter.running || remove.isPending;
  const title = shortVolumeName(volume);

  const go = async () => {
    if (exportFirst) {
      const done = await exporter.submit();
      if (!done) return; // nothing is removed unless the export succeeded
      notify({ severity: 'success', title: t('export.done', { name: title }), message: t('fileSize', { file: done.file, size: formatBytes(done.bytes) }) });
    }
    try {
      await remove.mutateAsync({ name: volume.name, overBudget: tooBig ? 'discard' : 'refuse' });
      notify({ severity: 'success', title: t(tooBig || budget === 0 ? 'remove.done' : 'remove.doneKept', { name: title }) });
      onClose();
      onRemoved?.();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="remove-volume-title" aria-describedby="remove-volume-what">
      <DialogTitle id="remove-volume-title">{inUse ? t('remove.inUseTitle', { name: title }) : t('remove.title', { name: title })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {inUse ? (
          <>
            <Typography id="remove-volume-what" variant="body2">
              {t('remove.inUse', { count: blockers.length })}
            </Typography>
            <ItemList label={t('remove.usersLabel')} maxHeight={240}>
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
                      {t('remove.at', { path: user.destination })}
                    </Typography>
                  )}
                </Item>
              ))}
            </ItemList>
          </>
        ) : (
          <Typography id="remove-volume-what" variant="body2">
            {volume.sizeBytes ? t('remove.whatSize', { size: formatBytes(volume.sizeBytes) }) : t('remove.what')}{' '}
            {budget === 0 ? t('remove.notKept') : tooBig ? null : t('remove.kept')}
          </Typography>
        )}
        {!inUse && tooBig && budget !== null && (
          <Alert severity="warning" role="alert" data-testid="volume-over-budget">
            {t('remove.tooBig', { name: title, budget: formatBytes(budget) })}
          </Alert>
        )}
        {!inUse && exportFirst && (
          <Box component="section" aria-label={t('remove.exportFirstLabel')} sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {t('remove.exportFirstIntro')}
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
        {remove.isError && !refusedBy && !isOverBudget(remove.error) && <ErrorAlert error={remove.error} what={t('remove.failed')} />}
        {refusedBy && (
          <Alert severity="error" role="alert">
            <AlertTitle>{t('remove.refusedTitle')}</AlertTitle>
            {t('remove.refused')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {!inUse && (
          <Button onClick={() => setExportFirst((on) => !on)} disabled={busy} aria-expanded={exportFirst} sx={{ mr: 'auto' }}>
            {exportFirst ? t('remove.noExport') : t('remove.exportFirst')}
          </Button>
        )}
        {exporter.running ? (
          <Button onClick={exporter.cancel}>{t('export.cancel')}</Button>
        ) : (
          <Button onClick={onClose} autoFocus={!exportFirst} disabled={remove.isPending}>
            {inUse ? t('close') : t('cancel')}
          </Button>
        )}
        {inUse ? (
          <Button variant="contained" color="error" disabled aria-describedby="remove-volume-what">
            {t('remove.refusedButton')}
          </Button>
        ) : (
          <Button variant="contained" color="error" disabled={busy} onClick={() => void go()}>
            {exporter.running
              ? t('export.submitting')
              : remove.isPending
                ? t('remove.removing')
                : exportFirst
                  ? exporter.exists
                    ? t('remove.replaceThenRemove')
                    : t('remove.exportThenRemove')
                  : tooBig
                    ? t('remove.submitForGood')
                    : t('remove.submit')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
