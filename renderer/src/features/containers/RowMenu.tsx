import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DangerousOutlined from '@mui/icons-material/DangerousOutlined';
import DataObjectOutlined from '@mui/icons-material/DataObjectOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import SystemUpdateAltOutlined from '@mui/icons-material/SystemUpdateAltOutlined';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { notify, notifyError } from '../../components/notifications';
import { actionSpecs } from './actions';
import { copyText } from '../../lib/clipboard';
import { openEditDialog, openUpdateDialog, useEditBlocked } from './update/change-dialogs';

export interface RowMenuTarget {
  anchor: HTMLElement;
  container: ContainerSummary;
}

/** A row's less frequent actions: one menu for the whole grid, opened at the row's ⋮ button. */
export function RowMenu({
  target,
  onClose,
  onInspect,
  onKill,
}: {
  target: RowMenuTarget | null;
  onClose(): void;
  onInspect(container: ContainerSummary): void;
  onKill(container: ContainerSummary): void;
}) {
  const { t } = useTranslation('containers');
  const editBlocked = useEditBlocked(target?.container.id ?? null);
  const then = (run: (container: ContainerSummary) => void) => () => {
    if (!target) return;
    onClose();
    run(target.container);
  };
  return (
    <Menu
      anchorEl={target?.anchor}
      open={target !== null}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
    >
      <MenuItem onClick={then(onInspect)}>
        <ListItemIcon>
          <DataObjectOutlined fontSize="small" />
        </ListItemIcon>
        <ListItemText>{t('action.inspect')}</ListItemText>
      </MenuItem>
      {/* Why it is disabled is said in the item itself: a wrapper for a tooltip would take it out of the menu's keyboard order. */}
      <MenuItem disabled={editBlocked} onClick={then(openEditDialog)}>
        <ListItemIcon>
          <EditOutlined fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={t('action.edit')} secondary={editBlocked ? t('action.editAutoRemove') : undefined} />
      </MenuItem>
      <MenuItem onClick={then((container) => openUpdateDialog([container]))}>
        <ListItemIcon>
          <SystemUpdateAltOutlined fontSize="small" />
        </ListItemIcon>
        <ListItemText>{t('action.updateImage')}</ListItemText>
      </MenuItem>
      <MenuItem
        aria-label={target ? t('grid.actionName', { verb: t('action.kill'), name: target.container.name }) : t('action.kill')}
        disabled={!target || !actionSpecs.kill.appliesTo(target.container)}
        onClick={then(onKill)}
      >
        <ListItemIcon>
          <DangerousOutlined fontSize="small" />
        </ListItemIcon>
        <ListItemText>{t('action.kill')}</ListItemText>
      </MenuItem>
      <MenuItem
        onClick={then(({ id, name }) =>
          copyText(id).then(
            () => notify({ severity: 'success', title: t('grid.copiedId', { name }) }),
            (error: unknown) => notifyError(t('grid.copyFailed'), error),
          ),
        )}
      >
        <ListItemIcon>
          <ContentCopyOutlined fontSize="small" />
        </ListItemIcon>
        <ListItemText>{t('grid.copyId')}</ListItemText>
      </MenuItem>
    </Menu>
  );
}
