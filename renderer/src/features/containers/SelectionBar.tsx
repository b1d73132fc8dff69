import Close from '@mui/icons-material/Close';
import DangerousOutlined from '@mui/icons-material/DangerousOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import PauseOutlined from '@mui/icons-material/PauseOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import SystemUpdateAltOutlined from '@mui/icons-material/SystemUpdateAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { openUpdateDialog } from './update/change-dialogs';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { actionSpecs, type ContainerAction } from './actions';
import { IconAction } from '../../components/IconAction';

const bulkActions: { action: ContainerAction; icon: ReactElement }[] = [
  { action: 'start', icon: <PlayArrowOutlined fontSize="small" /> },
  { action: 'stop', icon: <StopOutlined fontSize="small" /> },
  { action: 'restart', icon: <RestartAltOutlined fontSize="small" /> },
  { action: 'pause', icon: <PauseOutlined fontSize="small" /> },
  { action: 'unpause', icon: <PlayArrowOutlined fontSize="small" /> },
  { action: 'kill', icon: <DangerousOutlined fontSize="small" /> },
  { action: 'remove', icon: <DeleteOutlined fontSize="small" /> },
];

/** The most containers one compose export takes (the contract's limit). */
const EXPORT_LIMIT = 200;

/** Height the grid keeps free at its end so the bar never covers the last rows. */
export const SELECTION_BAR_SPACE = 64;

/**
 * The bulk actions, floating over the bottom of the list while something is selected: it appears without
 * pushing the rows down (a checkbox never moves away under the pointer). Each button acts on the selected
 * containers it applies to and says how many that is.
 */
export function SelectionBar({
  selected,
  onBulk,
  onExport,
  onClear,
}: {
  selected: readonly ContainerSummary[];
  onBulk(action: ContainerAction, containers: readonly ContainerSummary[]): void;
  /** "Export as compose…": a compose file that recreates the selected containers. */
  onExport(containers: readonly ContainerSummary[]): void;
  onClear(): void;
}) {
  const { t } = useTranslation('containers');
  if (selected.length === 0) return null;
  return (
    <Paper
      elevation={8}
      role="toolbar"
      aria-label={t('selection.label')}
      sx={{
        position: 'absolute',
        bottom: 12,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: 4,
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        px: 1.5,
        py: 0.75,
        border: 1,
        borderColor: 'divider',
        borderRadius: 2,
        whiteSpace: 'nowrap',
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, mr: 0.5 }} aria-live="polite">
        {t('selection.count', { count: selected.length })}
      </Typography>
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      {bulkActions.map(({ action, icon }) => {
        const spec = actionSpecs[action];
        const applicable = selected.filter(spec.appliesTo).length;
        const verb = t(`action.${action}`);
        return (
          <Tooltip key={action} title={t('selection.applies', { verb, applicable, total: selected.length })}>
            <span>
              <Button
                startIcon={icon}
                color={action === 'remove' || action === 'kill' ? 'error' : 'inherit'}
                disabled={applicable === 0}
                onClick={() => onBulk(action, selected)}
                aria-label={t('selection.bulk', { verb })}
              >
                {verb}
              </Button>
            </span>
          </Tooltip>
        );
      })}
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      <Button color="inherit" startIcon={<SystemUpdateAltOutlined fontSize="small" />} onClick={() => openUpdateDialog(selected)}>
        {t('action.updateImage')}
      </Button>
      <Tooltip title={selected.length > EXPORT_LIMIT ? t('selection.exportTooMany', { limit: EXPORT_LIMIT }) : t('selection.exportTip')}>
        <span>
          <Button color="inherit" startIcon={<DescriptionOutlined fontSize="small" />} disabled={selected.length > EXPORT_LIMIT} onClick={() => onExport(selected)}>
            {t('selection.export')}
          </Button>
        </span>
      </Tooltip>
      <Box sx={{ width: 4 }} />
      <IconAction title={t('selection.clear')} label={t('selection.clear')} onClick={onClear}>
        <Close fontSize="small" />
      </IconAction>
    </Paper>
  );
}
