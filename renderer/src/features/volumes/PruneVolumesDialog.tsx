import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useBerthClient } from '../../api/BerthProvider';
import { useOpMutation } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { ErrorAlert, Loading } from '../../components/PageParts';
import { formatBytes } from '../../lib/bytes';
import { shortVolumeName } from './volume-view';
import { PruneActions, PruneFailed } from '../../components/PruneActions';
import { ItemList } from '../../components/ItemList';
import { routes } from '../../../../shared/routes';
import { useSettings } from '../settings';

/**
 * docker volume prune in two steps: a fresh preview of every volume no container mounts (named ones too),
 * with sizes and the total; then exactly the ones left ticked are removed (one mounted meanwhile is kept).
 */
export function PruneVolumesDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return open ? <PruneContent onClose={onClose} /> : null;
}

function PruneContent({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('volumes');
  const client = useBerthClient();
  const [opened] = useState(() => Date.now());
  const preview = useQuery({ queryKey: ['volumes.prune', 'preview', opened], queryFn: () => client.call('volumes.prune', { dryRun: true }), gcTime: 0 });
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  // Named volumes first: their names say what would be lost.
  const candidates = useMemo(
    () => [...(preview.data?.volumes ?? [])].sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || a.name.localeCompare(b.name)),
    [preview.data],
  );
  const chosen = candidates.filter((v) => !unticked.has(v.name));
  const budget = useSettings().data?.settings.trash.volumeBudgetBytes ?? null;
  // Those that would not fit the trash: removed for good, which the dialog says before anything is pruned.
  const notKept = chosen.filter((v) => !v.fitsTrash);
  const bytes = chosen.reduce((sum, v) => sum + (v.sizeBytes ?? 0), 0);
  const prune = useOpMutation('volumes.prune', {
    onSuccess: (result) => {
      const kept = chosen.length - result.volumes.length;
      const inTrash = result.volumes.filter((v) => v.kept).length;
      notify({
        severity: 'success',
        title: t('prune.done', { count: result.volumes.length }),
        ...(inTrash > 0 ? { action: { label: t('prune.inTrash', { count: inTrash }), href: routes.trash() } } : {}),
        message: kept > 0 ? t('prune.freedKept', { size: formatBytes(result.spaceReclaimedBytes), kept }) : t('prune.freed', { size: formatBytes(result.spaceReclaimedBytes) }),
      });
      onClose();
    },
    onError: () => {},
  });
  const toggle = (name: string) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  return (
    <Dialog open onClose={prune.isPending ? undefined : onClose} aria-labelledby="prune-volumes-title">
      <DialogTitle id="prune-volumes-title">{t('prune.title')}</DialogTitle>
      <DialogContent>
        {preview.isPending && <Loading label={t('prune.loading')} />}
        {preview.isError && <ErrorAlert error={preview.error} what={t('prune.listFailed')} />}
        {preview.data && candidates.length === 0 && <Typography variant="body2">{t('prune.nothing')}</Typography>}
        {candidates.length > 0 && (
          <>
            <Typography variant="body2" sx={{ mb: 1.5 }}>
              {t('prune.intro', { count: candidates.length })}
            </Typography>
            <ItemList label={t('prune.listLabel')} maxHeight={320}>
              {candidates.map((volume) => (
                <Box
                  component="li"
                  key={volume.name}
                  sx={{ display: 'flex', alignItems: 'center', gap: 1, pl: 0.5, pr: 1.5, py: 0.25, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}
                >
                  <Checkbox
                    checked={!unticked.has(volume.name)}
                    onChange={() => toggle(volume.name)}
                    disabled={prune.isPending}
                    slotProps={{ input: { 'aria-label': t('prune.checkbox', { name: volume.name }) } }}
                  />
                  <Typography variant="body2" title={volume.name} sx={{ fontFamily: monoFont, fontSize: 12.5, flex: 1, minWidth: 0 }} noWrap>
                    {shortVolumeName(volume)}
                  </Typography>
                  {volume.anonymous && <Chip label={t('anonymous.label')} variant="outlined" sx={{ height: 20, fontSize: 11 }} />}
                  {!volume.fitsTrash && <Chip label={t('prune.notKeptChip')} color="warning" variant="outlined" sx={{ height: 20, fontSize: 11 }} />}
                  <Typography variant="caption" sx={{ fontFamily: monoFont, minWidth: 64, textAlign: 'right' }}>
                    {volume.sizeBytes === null ? '—' : formatBytes(volume.sizeBytes)}
                  </Typography>
                </Box>
              ))}
            </ItemList>
            <Typography variant="body2" sx={{ mt: 1, textAlign: 'right' }} data-testid="prune-total">
              <Trans t={t} i18nKey="prune.frees" values={{ size: formatBytes(bytes) }} components={{ strong: <strong /> }} />
            </Typography>
          </>
        )}
        {notKept.length > 0 && budget !== null && (
          <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="prune-not-kept">
            {budget === 0 ? t('prune.trashOff') : t('prune.notKept', { count: notKept.length, names: notKept.map(shortVolumeName).join(', '), budget: formatBytes(budget) })}
          </Alert>
        )}
        {prune.isError && <PruneFailed error={prune.error} />}
      </DialogContent>
      <PruneActions count={chosen.length} noun={[t('prune.nounOne'), t('prune.nounOther')]} pending={prune.isPending} onCancel={onClose} onConfirm={() => prune.mutate({ names: chosen.map((v) => v.name), overBudget: notKept.length > 0 ? 'discard' : 'refuse' })} />
    </Dialog>
  );
}
