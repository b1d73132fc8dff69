import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { useExplainError } from '../../../api/errors';
import { StateChip } from '../../../components/StateChip';
import { ConfirmActions } from '../../../components/ConfirmDialog';
import { countUp } from '../removal';
import { ComposeLogsView } from './ComposeLogsView';

/** Confirms removing a compose project, naming every container that goes; anonymous volumes only when asked. */
export function ComposeRemoveDialog({
  project,
  containers,
  onCancel,
  onConfirm,
}: {
  project: string | null;
  containers: readonly ContainerSummary[];
  onCancel(): void;
  onConfirm(volumes: boolean): void;
}) {
  return (
    <Dialog open={project !== null} onClose={onCancel} aria-labelledby="compose-remove-title">
      {project !== null && <RemoveForm key={project} project={project} containers={containers} onCancel={onCancel} onConfirm={onConfirm} />}
    </Dialog>
  );
}

function RemoveForm({ project, containers, onCancel, onConfirm }: { project: string; containers: readonly ContainerSummary[]; onCancel(): void; onConfirm(volumes: boolean): void }) {
  const { t } = useTranslation('containers');
  const [volumes, setVolumes] = useState(false);
  const running = countUp(containers);
  return (
    <>
      <DialogTitle id="compose-remove-title">{t('compose.removeTitle', { project })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {running > 0 ? t('compose.runningFirst', { count: running }) : ''}
          {t('compose.removeBody', { count: containers.length })}
        </Typography>
        <Box component="ul" aria-label={t('compose.removeList')} sx={{ m: 0, mb: 2, p: 0, listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 260, overflow: 'auto' }}>
          {containers.map((container) => (
            <Box component="li" key={container.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.75, '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}>
              <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>
                {container.name}
              </Typography>
              <StateChip container={container} busy={false} />
            </Box>
          ))}
        </Box>
        <FormControlLabel control={<Checkbox checked={volumes} onChange={(e) => setVolumes(e.target.checked)} />} label={t('compose.volumes')} />
      </DialogContent>
      <ConfirmActions danger confirmLabel={t('compose.removeConfirm')} onCancel={onCancel} onConfirm={() => onConfirm(volumes)} />
    </>
  );
}

/** A compose project's containers' logs merged in one view, each line naming (and colouring) its container. */
export function ComposeLogsDialog({ project, onClose }: { project: string | null; onClose(): void }) {
  return (
    <Dialog open={project !== null} onClose={onClose} maxWidth={false} fullWidth aria-labelledby="compose-logs-title" slotProps={{ paper: { sx: { width: 'calc(100% - 64px)', height: 'calc(100% - 64px)', maxWidth: 1400 } } }}>
      {project !== null && <ComposeLogs project={project} onClose={onClose} />}
    </Dialog>
  );
}

function ComposeLogs({ project, onClose }: { project: string; onClose(): void }) {
  const { t } = useTranslation('containers');
  const explain = useExplainError();
  return (
    <>
      <DialogTitle id="compose-logs-title" sx={{ display: 'flex', alignItems: 'center', py: 1.25 }}>
        <Box sx={{ flex: 1 }}>{t('compose.logsTitle', { project })}</Box>
        <IconButton aria-label={t('compose.closeLogs')} onClick={onClose}>
          <CloseOutlined fontSize="small" />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers sx={{ p: 0, display: 'flex', flexDirection: 'column' }}>
        <ComposeLogsView
          project={project}
          label={t('compose.logsLabel', { project })}
          failure={(error) => (
            <Alert severity="error" sx={{ borderRadius: 0 }}>
              {explain(error).summary} {explain(error).detail}
            </Alert>
          )}
        />
      </DialogContent>
    </>
  );
}
