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
import { dockerImagePruneCommand } from '../../../../shared/image-cli';
import { useBerthClient } from '../../api/BerthProvider';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { useNow } from '../../lib/useNow';
import { formatRelative } from '../../lib/time';
import { shortImageId } from './image-rows';
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
        title: `Removed ${result.images.length} ${result.images.length === 1 ? 'image' : 'images'}`,
        message: `${formatBytes(result.spaceReclaimedBytes)} reclaimed`,
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
          Prune images
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <ToggleButtonGroup exclusive value={all ? 'unused' : 'dangling'} onChange={(_event, value: string | null) => value && setAll(value === 'unused')} aria-label="Which images to prune">
          <ToggleButton value="dangling">Dangling only</ToggleButton>
          <ToggleButton value="unused">All unused</ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary">
          {all ? 'Every image no container was made from, tagged or not.' : 'Images with no tag that no container uses (left behind by builds and pulls).'}
        </Typography>
        {preview.isPending && (
          <Box role="status" aria-label="Loading the preview" sx={{ display: 'flex', justifyContent: 'center', py: 3 }}>
            <CircularProgress size={24} />
          </Box>
        )}
        {preview.isError && <ErrorAlert error={preview.error} title="Could not list what would be pruned" />}
        {preview.data && images.length === 0 && (
          <Typography variant="body2" role="status">
            Nothing to prune: {all ? 'every image is in use.' : 'there are no dangling images.'}
          </Typography>
        )}
        {images.length > 0 && (
          <>
            <Box component="ul" aria-label="Images to prune" sx={{ m: 0, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 280, overflow: 'auto' }}>
              {images.map((image) => (
                <Box component="li" key={image.id} sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 1.5, py: 0.75, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}>
                  <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>
                    {image.tags.length ? image.tags.join(', ') : '<none>'}
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
              {images.length} {images.length === 1 ? 'image' : 'images'} · frees <strong>{formatBytes(preview.data?.spaceReclaimedBytes ?? 0)}</strong>
            </Typography>
          </>
        )}
        {error !== null && <ErrorAlert error={error} title="Could not prune" />}
        <CliCommand command={dockerImagePruneCommand(all)} what="docker image prune" />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} autoFocus>
          Cancel
        </Button>
        <Button variant="contained" color="error" disabled={images.length === 0 || pending || preview.isFetching} onClick={() => void prune()}>
          {pending ? 'Removing…' : `Remove ${images.length || ''} ${images.length === 1 ? 'image' : 'images'}`}
        </Button>
      </DialogActions>
    </>
  );
}
