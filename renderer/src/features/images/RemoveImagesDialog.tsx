import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ImageSummary } from '../../../../shared/contract/images';
import { dockerRemoveImageCommand } from '../../../../shared/image-cli';
import { useCall, useOp } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { StateChip } from '../../components/StateChip';
import { NONE, rowKey } from './image-rows';
import { DialogHeading, ErrorAlert } from './parts';
import { CliCommand } from '../../components/CliCommand';
import { blockedByContainers, planRemoval, removalWords } from './remove-plan';
import { openImageDialog } from './dialogs';

/**
 * docker rmi, confirmed in its own terms: for each image, whether the tag goes and the image stays (it has
 * other tags) or the image is deleted; containers made from an image that would be deleted are named, and
 * Force is offered for them. Escape or Cancel does nothing.
 */
export function RemoveImagesDialog({ rows, all, onClose, onRemoved }: { rows: readonly ImageSummary[] | null; all: readonly ImageSummary[]; onClose(): void; onRemoved?(): void }) {
  return (
    <Dialog open={rows !== null} onClose={onClose} maxWidth="sm" aria-labelledby="remove-image-dialog-title">
      {rows && <Remove key={rows.map(rowKey).join()} rows={rows} all={all} onClose={onClose} onRemoved={onRemoved} />}
    </Dialog>
  );
}

function Remove({ rows, all, onClose, onRemoved }: { rows: readonly ImageSummary[]; all: readonly ImageSummary[]; onClose(): void; onRemoved?(): void }) {
  const { t } = useTranslation('images');
  const call = useCall();
  // The plan is made once, when the dialog opens: live updates must not change what was confirmed.
  const [plan] = useState(() => planRemoval(rows, all));
  const blocked = blockedByContainers(plan);
  const containers = useOp('containers.list', { all: true }, { enabled: blocked.length > 0 });
  const [force, setForce] = useState(false);
  /** Remove the containers made from the images too (stopping running ones), so the images can go without force. */
  const [withContainers, setWithContainers] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const refs = plan.flatMap((removal) => removal.refs);
  const userNames = [...new Set(blocked.flatMap((removal) => removal.containers))];
  const command = dockerRemoveImageCommand(refs, force && !withContainers, withContainers ? userNames : []);
  const deletes = plan.filter((removal) => removal.deletes).length;
  const single = plan.length === 1 ? plan[0] : undefined;
  const title = single
    ? single.deletes
      ? t('remove.titleDelete', { name: single.removes[0] ?? single.shortId })
      : t('remove.titleUntag', { tags: single.removes.join(', ') })
    : t('remove.titleMany', { count: rows.length });
  const users = useMemo(() => {
    const names = new Set(blocked.flatMap((removal) => removal.containers));
    return (containers.data ?? []).filter((container) => names.has(container.name));
  }, [blocked, containers.data]);
  // Nothing could go without force: say so with a disabled button rather than let the engine refuse.
  const onlyBlocked = !force && !withContainers && blocked.length > 0 && blocked.length === plan.length;
  const runningUsers = users.filter((container) => container.state === 'running' || container.state === 'paused' || container.state === 'restarting');

  const confirm = async () => {
    setPending(true);
    setError(null);
    const untagged: string[] = [];
    const deleted: string[] = [];
    try {
      if (withContainers) {
        for (const name of userNames) {
          const container = users.find((user) => user.name === name);
          // Stopped first, as docker stop would (its grace period), so a running container ends cleanly.
          if (container && container.state !== 'exited' && container.state !== 'created') await call('containers.stop', { id: name });
          await call('containers.remove', { id: name, force: true });
        }
      }
      for (const removal of plan) {
        for (const ref of removal.refs) {
          const result = await call('images.remove', { image: ref, force: force && !withContainers && removal.deletes && removal.containers.length > 0 });
          untagged.push(...result.untagged);
          deleted.push(...result.deleted);
        }
      }
    } catch (failure) {
      setError(failure);
      setPending(false);
      return;
    }
    const imagesDeleted = plan.filter((removal) => removal.deletes).length;
    notify({
      severity: 'success',
      title: imagesDeleted > 0 ? t('remove.deleted', { count: imagesDeleted }) : t('remove.untaggedCount', { count: untagged.length }),
      ...(untagged.length ? { message: t('remove.untagged', { tags: untagged.join(', ') }) } : {}),
    });
    onRemoved?.();
    onClose();
  };

  return (
    <>
      <DialogTitle component="div">
        <DialogHeading id="remove-image-dialog-title">{title}</DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Box component="ul" aria-label={t('remove.list')} sx={{ m: 0, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 260, overflow: 'auto' }}>
          {plan.map((removal) => (
            <Box component="li" key={removal.id} sx={{ px: 1.5, py: 1, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}>
              <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
                <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0, wordBreak: 'break-all' }}>
                  {removal.removes.length ? removal.removes.join(', ') : `${NONE} (${removal.shortId})`}
                </Typography>
                <Typography variant="caption" sx={{ fontFamily: monoFont, color: 'text.secondary' }}>
                  {removal.shortId} · {formatBytes(removal.sizeBytes)}
                </Typography>
              </Box>
              <Typography variant="body2" color={removal.deletes ? 'error' : 'text.secondary'} data-testid="removal-words" sx={{ mt: 0.25 }}>
                {removalWords(t, removal)}
              </Typography>
              {removal.deletes && removal.inRegistry && (
                <Typography variant="caption" color="text.secondary" component="div" data-testid="removal-undo">
                  {t('remove.keptReference')}
                </Typography>
              )}
              {removal.deletes && !removal.inRegistry && (
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5 }} data-testid="removal-undo">
                  <Typography variant="caption" color="warning.main" sx={{ flex: 1 }}>
                    {t('remove.nowhereElse')}
                  </Typography>
                  <Button size="small" onClick={() => openImageDialog({ kind: 'save', images: removal.removes.length ? removal.removes : [removal.id] })}>
                    {t('remove.saveFirst')}
                  </Button>
                </Box>
              )}
            </Box>
          ))}
        </Box>
        {deletes > 0 && (
          <Typography variant="body2">{t('remove.cannotUndo')}</Typography>
        )}
        {blocked.length > 0 && (
          <Alert severity="warning" role="note">
            <Trans
              t={t}
              i18nKey="remove.blocked"
              values={{
                which: blocked.length === 1 && single ? 'one' : 'some',
                count: blocked.length,
                containerCount: blocked.flatMap((removal) => removal.containers).length,
                names: userNames.join(', '),
                running: runningUsers.length > 0 ? 'yes' : 'no',
              }}
              components={{ b: <strong /> }}
            />
            {users.length > 0 && (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
                {users.map((container) => (
                  <Box key={container.id} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
                    <Typography variant="caption" sx={{ fontWeight: 600 }}>
                      {container.name}
                    </Typography>
                    <StateChip container={container} busy={false} />
                  </Box>
                ))}
              </Box>
            )}
          </Alert>
        )}
        {blocked.length > 0 && (
          <FormControlLabel
            control={<Checkbox checked={withContainers} onChange={(event) => setWithContainers(event.target.checked)} />}
            label={t('remove.withContainers', { count: userNames.length, names: userNames.join(', ') })}
            slotProps={{ typography: { variant: 'body2' } }}
          />
        )}
        {blocked.length > 0 && !withContainers && (
          <FormControlLabel
            control={<Checkbox checked={force} onChange={(event) => setForce(event.target.checked)} />}
            label={t('remove.force')}
            slotProps={{ typography: { variant: 'body2' } }}
          />
        )}
        {error !== null && <ErrorAlert error={error} title={t('remove.refused')} />}
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the docker command it names */}
        <CliCommand command={command} what="docker rmi" />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} autoFocus>
          {t('dialog.cancel')}
        </Button>
        <Button variant="contained" color="error" disabled={pending || onlyBlocked} onClick={() => void confirm()}>
          {pending ? t('remove.removing') : withContainers ? t('remove.submitWithContainers', { count: userNames.length }) : deletes > 0 ? t('remove.submitDelete') : t('remove.submitUntag')}
        </Button>
      </DialogActions>
    </>
  );
}
