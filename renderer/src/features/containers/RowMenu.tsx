import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DangerousOutlined from '@mui/icons-material/DangerousOutlined';
import DataObjectOutlined from '@mui/icons-material/DataObjectOutlined';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { notify, notifyError } from '../../components/notifications';
import { actionSpecs } from './actions';
import { copyText } from '../../lib/clipboard';

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
        <ListItemText>Inspect</ListItemText>
      </MenuItem>
      <MenuItem
        aria-label={target ? `Kill ${target.container.name}` : 'Kill'}
        disabled={!target || !actionSpecs.kill.appliesTo(target.container)}
        onClick={then(onKill)}
      >
        <ListItemIcon>
          <DangerousOutlined fontSize="small" />
        </ListItemIcon>
        <ListItemText>Kill</ListItemText>
      </MenuItem>
      <MenuItem
        onClick={then(({ id, name }) =>
          copyText(id).then(
            () => notify({ severity: 'success', title: `Copied the id of ${name}` }),
            (error: unknown) => notifyError('Could not copy', error),
          ),
        )}
      >
        <ListItemIcon>
          <ContentCopyOutlined fontSize="small" />
        </ListItemIcon>
        <ListItemText>Copy ID</ListItemText>
      </MenuItem>
    </Menu>
  );
}
