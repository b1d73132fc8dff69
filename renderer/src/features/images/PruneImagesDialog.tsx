import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { dockerImagePruneCommand } from '../../../../shared/image-cli';
import { useBerthClient } from '../../api/BerthProvider';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { useNow } from '../../lib/useNow';
import { formatRelative } from '../../lib/time';
import { NONE, shortImageId } from './image-rows';
import { DialogHeading, ErrorAlert } from './parts';
import { CliCommand } from '../../components/CliCommand';

/**
 * docker image prune [-a], in two steps: the preview lists every image that would go (dangling ones, or every
 * image no container uses) and the space freed; Remove removes exactly those (main keeps any that came into
 * use meanwhile).
 */
export function PruneImagesDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" aria-labelledby="prune-images-dialog-title">
      {open && <Prune onClose={onClose} />}
    </Dialog>
  );
}

function Prune({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('images');
  const client = useBerthClient();
  const [all, setAll] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const preview = useQuery({
    queryKey: ['images.prune', 'preview', all],
    queryFn: () => client.call('images.prune', { dryRun: true, all }),
    gcTime: 0,
  });
  const images = preview.data?.images ?? [];
  const now = useNow();

  const prune = async () => {
    setPending(true);
    setError(null);
    try {
      const result = await client.call('images.prune', { all, ids: images.map((image) => image.id) });
      notify({
        severity: 'success',
        title: t('prune.removed', { count: result.images.length }),
        message: t('prune.reclaimed', { size: formatBytes(result.spaceReclaimedBytes) }),
      });
      onClose();
    } catch (failure) {
      setError(failure);
      setPending(false);
    }
  };

  return (
    <>
      <DialogTitle component="div">
        <DialogHeading id="prune-images-dialog-title" onClose={onClose}>
          {t('prune.title')}
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <ToggleButtonGroup exclusive value={all ? 'unused' : 'dangling'} onChange={(_event, value: string | null) => value && setAll(value === 'unused')} aria-label={t('prune.which')}>
          <ToggleButton value="dangling">{t('prune.danglingOnly')}</ToggleButton>
          <ToggleButton value="unused">{t('prune.allUnused')}</ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary">
          {all ? t('prune.allUnusedHint') : t('prune.danglingHint')}
        </Typography>
        {preview.isPending && (
          <Box role="status" aria-label={t('prune.loading')} sx={{ display: 'flex', justifyContent: 'center', py: 3 }}>
            <CircularProgress size={24} />
          </Box>
        )}
        {preview.isError && <ErrorAlert error={preview.error} title={t('prune.previewFailed')} />}
        {preview.data && images.length === 0 && (
          <Typography variant="body2" role="status">
            {all ? t('prune.nothingAll') : t('prune.nothingDangling')}
          </Typography>
        )}
        {images.length > 0 && (
          <>
            <Box component="ul" aria-label={t('prune.list')} sx={{ m: 0, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 280, overflow: 'auto' }}>
              {images.map((image) => (
                <Box component="li" key={image.id} sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 1.5, py: 0.75, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}>
                  <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>
                    {image.tags.length ? image.tags.join(', ') : NONE}
                  </Typography>
                  <Typography variant="caption" sx={{ fontFamily: monoFont, color: 'text.secondary' }}>
                    {shortImageId(image.id)}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" sx={{ minWidth: 72 }}>
                    {formatRelative(image.created, now)}
                  </Typography>
                  <Typography variant="caption" sx={{ fontFamily: monoFont, minWidth: 60, textAlign: 'right' }}>
                    {formatBytes(image.sizeBytes)}
                  </Typography>
                </Box>
              ))}
            </Box>
            <Typography variant="body2" sx={{ textAlign: 'right' }} data-testid="prune-total">
              <Trans t={t} i18nKey="prune.total" values={{ count: images.length, size: formatBytes(preview.data?.spaceReclaimedBytes ?? 0) }} components={{ b: <strong /> }} />
            </Typography>
          </>
        )}
        {error !== null && <ErrorAlert error={error} title={t('prune.failed')} />}
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the docker command it names */}
        <CliCommand command={dockerImagePruneCommand(all)} what="docker image prune" />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} autoFocus>
          {t('dialog.cancel')}
        </Button>
        <Button variant="contained" color="error" disabled={images.length === 0 || pending || preview.isFetching} onClick={() => void prune()}>
          {pending ? t('prune.removing') : images.length ? t('prune.submit', { count: images.length }) : t('prune.submitNone')}
        </Button>
      </DialogActions>
    </>
  );
}
