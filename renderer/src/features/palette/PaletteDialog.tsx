import Dialog from '@mui/material/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useStore } from '../../lib/store';
import { RemoveDialog, RunDialog, useContainerActions } from '../containers';
import { RemoveImagesDialog } from '../images';
import { useSettings } from '../settings';
import { PaletteBody } from './PaletteBody';
import { paletteOpen } from './palette-store';
import { usePaletteCommands, type FollowUp } from './usePaletteCommands';

/**
 * The command palette: jump to any page, container, image or volume by name, run its actions (→ or Tab lists
 * them), or run a recent `docker run` again. What needs more than a keystroke (removing, a confirmation the
 * settings ask for, the run dialog) follows in its own dialog.
 */
export function PaletteDialog() {
  const { t } = useTranslation('palette');
  const open = useStore(paletteOpen);
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const containerActions = useContainerActions();
  const confirmStops = useSettings().data?.settings.confirmations.stopAndRestart ?? false;
  const run = usePaletteCommands({ confirmStops, onFollowUp: setFollowUp, runContainerAction: (verb, container) => void containerActions.run(verb, [container]) });
  const close = () => setFollowUp(null);
  const confirming = followUp?.kind === 'confirm' ? followUp : null;
  const verb = confirming?.verb === 'restart' ? 'restart' : 'stop';

  return (
    <>
      <Dialog
        open={open}
        onClose={() => paletteOpen.set(false)}
        maxWidth="sm"
        sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
        slotProps={{ paper: { 'aria-label': t('dialog.label'), sx: { mt: '12vh', overflow: 'hidden' } } }}
      >
        {open && <PaletteBody onRun={run} />}
      </Dialog>
      <RemoveDialog
        containers={followUp?.kind === 'remove-container' ? [followUp.container] : null}
        onCancel={close}
        onConfirm={(options) => {
          if (followUp?.kind === 'remove-container') void containerActions.run('remove', [followUp.container], options);
          close();
        }}
      />
      <ConfirmDialog
        open={confirming !== null}
        maxWidth="xs"
        title={t(`confirm.${verb}Title`, { name: confirming?.container.name ?? '' })}
        confirmLabel={t(`confirm.${verb}`)}
        onCancel={close}
        onConfirm={() => {
          if (confirming) void containerActions.run(confirming.verb, [confirming.container]);
          close();
        }}
      >
        {t('confirm.why')}
      </ConfirmDialog>
      <RemoveImagesDialog rows={followUp?.kind === 'remove-image' ? [followUp.image] : null} all={followUp?.kind === 'remove-image' ? followUp.all : []} onClose={close} />
      <RunDialog open={followUp?.kind === 'run'} prefill={followUp?.kind === 'run' ? followUp.prefill : undefined} onClose={close} />
    </>
  );
}
