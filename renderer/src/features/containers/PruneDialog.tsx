import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useTrashSettings } from '../settings';
import { useExplainError } from '../../api/errors';
import { useQuery } from '@tanstack/react-query';
import { useBerthClient } from '../../api/BerthProvider';
import { useOpMutation } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { PruneActions } from '../../components/PruneActions';
import { engineStatusText } from './format';

/**
 * docker container prune, in two steps: the preview lists every stopped container that would go (name,
 * status, size, total); Prune removes exactly those ids (a container started meanwhile is kept by main).
 */
export function PruneDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="prune-dialog-title">
      {open && <PruneContent onClose={onClose} />}
    </Dialog>
  );
}

function PruneContent({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('containers');
  const { keepDays } = useTrashSettings();
  const explain = useExplainError();
  const client = useBerthClient();
  // A fresh preview each time the dialog opens, never a cached one.
  const [opened] = useState(() => Date.now());
  const preview = useQuery({ queryKey: ['containers.prune', 'preview', opened], queryFn: () => client.call('containers.prune', { dryRun: true }), gcTime: 0 });
  const prune = useOpMutation('containers.prune', {
    onSuccess: (result) => {
      notify({ severity: 'success', title: t('prune.done', { count: result.containers.length }), message: t('prune.reclaimed', { size: formatBytes(result.spaceReclaimedBytes) }) });
      onClose();
    },
    onError: () => {},
  });
  const list = preview.data?.containers ?? [];
  return (
    <>
      <DialogTitle id="prune-dialog-title">{t('prune.title')}</DialogTitle>
      <DialogContent>
        {preview.isPending && (
          <Box role="status" aria-label={t('prune.loading')} sx={{ display: 'flex', justifyContent: 'center', py: 3 }}>
            <CircularProgress size={24} />
          </Box>
        )}
        {preview.isError && <Alert severity="error">{explain(preview.error).summary}</Alert>}
        {preview.data && list.length === 0 && <Typography variant="body2">{t('prune.nothing')}</Typography>}
        {list.length > 0 && (
          <>
            <Typography variant="body2" sx={{ mb: 1.5 }}>
              {t('prune.body', { count: list.length, days: keepDays })}
            </Typography>
            <Box component="ul" aria-label={t('prune.list')} sx={{ m: 0, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 300, overflow: 'auto' }}>
              {list.map((container) => (
                <Box component="li" key={container.id} sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 1.5, py: 0.75, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}>
                  <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>
                    {container.name}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" noWrap>
                    {engineStatusText(t, container.status)}
                  </Typography>
                  <Typography variant="caption" sx={{ fontFamily: monoFont, minWidth: 64, textAlign: 'right' }}>
                    {formatBytes(container.sizeBytes)}
                  </Typography>
                </Box>
              ))}
            </Box>
            <Typography variant="body2" sx={{ mt: 1, textAlign: 'right' }} data-testid="prune-total">
              <Trans t={t} i18nKey="prune.total" components={{ strong: <strong /> }} values={{ size: formatBytes(preview.data?.spaceReclaimedBytes ?? 0) }} />
            </Typography>
          </>
        )}
        {prune.isError && (
          <Alert severity="error" sx={{ mt: 1.5 }}>
            {explain(prune.error).summary} {explain(prune.error).detail}
          </Alert>
        )}
      </DialogContent>
      <PruneActions count={list.length} noun={[t('prune.nounOne'), t('prune.nounOther')]} pending={prune.isPending} onCancel={onClose} onConfirm={() => prune.mutate({ ids: list.map((c) => c.id) })} />
    </>
  );
}
