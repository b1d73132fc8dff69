import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTrashSettings } from '../settings';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { RemoveOptions } from './actions';
import { removableWithoutForce } from './removal';
import { StateChip } from '../../components/StateChip';
import { ConfirmActions } from '../../components/ConfirmDialog';

/** How many names the dialog lists before summing up the rest. */
const LISTED = 8;

/**
 * Confirms removing containers, naming them. Options are explicit and off by default: anonymous volumes
 * are kept unless asked, and running containers are only removed with Force (otherwise they are skipped).
 * Escape or Cancel closes without doing anything.
 */
export function RemoveDialog({
  containers,
  onCancel,
  onConfirm,
}: {
  containers: readonly ContainerSummary[] | null;
  onCancel(): void;
  onConfirm(options: RemoveOptions): void;
}) {
  return (
    <Dialog open={containers !== null} onClose={onCancel} aria-labelledby="remove-dialog-title">
      {containers && <RemoveForm key={containers.map((c) => c.id).join()} containers={containers} onCancel={onCancel} onConfirm={onConfirm} />}
    </Dialog>
  );
}

function RemoveForm({
  containers,
  onCancel,
  onConfirm,
}: {
  containers: readonly ContainerSummary[];
  onCancel(): void;
  onConfirm(options: RemoveOptions): void;
}) {
  const { t } = useTranslation('containers');
  const { keepDays } = useTrashSettings();
  const [volumes, setVolumes] = useState(false);
  const [force, setForce] = useState(false);
  const running = containers.filter((c) => !removableWithoutForce(c));
  const removable = force ? containers.length : containers.length - running.length;
  const single = containers.length === 1 ? containers[0] : undefined;
  const title = single ? t('removeDialog.titleOne', { name: single.name }) : t('removeDialog.titleMany', { count: containers.length });

  return (
    <>
      <DialogTitle id="remove-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {t('removeDialog.body', { count: containers.length, days: keepDays })}
        </Typography>
        <Box
          component="ul"
          aria-label={t('removeDialog.list')}
          sx={{ m: 0, mb: 2, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 240, overflow: 'auto' }}
        >
          {containers.slice(0, LISTED).map((container) => (
            <Box
              component="li"
              key={container.id}
              sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.75, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}
            >
              <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>
                {container.name}
              </Typography>
              <StateChip container={container} busy={false} />
            </Box>
          ))}
          {containers.length > LISTED && (
            <Box component="li" sx={{ px: 1.5, py: 0.75, color: 'text.secondary', typography: 'body2' }}>
              {t('removeDialog.more', { count: containers.length - LISTED })}
            </Box>
          )}
        </Box>
        <FormGroup>
          <FormControlLabel
            control={<Checkbox checked={volumes} onChange={(event) => setVolumes(event.target.checked)} />}
            label={t('removeDialog.volumes')}
          />
          {running.length > 0 && (
            <FormControlLabel
              control={<Checkbox checked={force} onChange={(event) => setForce(event.target.checked)} />}
              label={containers.length > 1 ? t('removeDialog.forceCount', { running: running.length }) : t('removeDialog.force')}
            />
          )}
        </FormGroup>
        {running.length > 0 && !force && (
          <Alert severity="info" sx={{ mt: 1.5 }}>
            {running.length === containers.length
              ? t(single ? 'removeDialog.allRunningOne' : 'removeDialog.allRunningMany')
              : t('removeDialog.someRunning', { count: running.length })}
          </Alert>
        )}
      </DialogContent>
      <ConfirmActions danger confirmLabel={t('removeDialog.confirm')} confirmDisabled={removable === 0} onCancel={onCancel} onConfirm={() => onConfirm({ force, volumes })} />
    </>
  );
}
