import DangerousOutlined from '@mui/icons-material/DangerousOutlined';
import DataObjectOutlined from '@mui/icons-material/DataObjectOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import PauseOutlined from '@mui/icons-material/PauseOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import type { ReactElement } from 'react';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { KILL_WHILE_STOPPING, actionSpecs, type ContainerAction } from './actions';

export type RowCommand = ContainerAction | 'inspect' | 'menu' | 'open';

/**
 * The row's buttons, named "<Verb> <container name>" for assistive tech (and tests). Start and Stop share
 * a place, as do Pause and Unpause; the rest is in the row's menu.
 */
export function RowActions({
  container,
  pending,
  tabbable,
  onCommand,
}: {
  container: ContainerSummary;
  pending: ContainerAction | undefined;
  tabbable: boolean;
  onCommand(command: RowCommand, container: ContainerSummary, anchor: HTMLElement): void;
}) {
  const busy = pending !== undefined;
  const running = actionSpecs.stop.appliesTo(container);
  const paused = container.state === 'paused';
  const button = (command: RowCommand, label: string, icon: ReactElement, enabled = true, tooltip = label) => {
    const name = `${label} ${container.name}`;
    return (
      <Tooltip title={tooltip} key={command}>
        <span>
          <IconButton
            aria-label={name}
            tabIndex={tabbable ? 0 : -1}
            disabled={!enabled || (busy && command !== 'inspect' && command !== 'menu' && command !== 'kill')}
            onClick={(event) => {
              event.stopPropagation();
              onCommand(command, container, event.currentTarget);
            }}
            onDoubleClick={(event) => event.stopPropagation()}
            sx={{ color: 'text.secondary', p: '3px' }}
          >
            {icon}
          </IconButton>
        </span>
      </Tooltip>
    );
  };
  return (
    <>
      {pending === 'stop'
        ? button('kill', 'Kill', <DangerousOutlined fontSize="small" />, true, KILL_WHILE_STOPPING)
        : running
        ? button('stop', 'Stop', <StopOutlined fontSize="small" />)
        : button('start', 'Start', <PlayArrowOutlined fontSize="small" />, actionSpecs.start.appliesTo(container))}
      {paused
        ? button('unpause', 'Unpause', <PlayArrowOutlined fontSize="small" />)
        : button('pause', 'Pause', <PauseOutlined fontSize="small" />, actionSpecs.pause.appliesTo(container))}
      {button('restart', 'Restart', <RestartAltOutlined fontSize="small" />, actionSpecs.restart.appliesTo(container))}
      {button('inspect', 'Inspect', <DataObjectOutlined fontSize="small" />)}
      {button('remove', 'Remove', <DeleteOutlined fontSize="small" />, actionSpecs.remove.appliesTo(container))}
      {button('menu', 'More actions for', <MoreVert fontSize="small" />, true, 'More')}
    </>
  );
}
