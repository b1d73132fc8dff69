import DangerousOutlined from '@mui/icons-material/DangerousOutlined';
import DataObjectOutlined from '@mui/icons-material/DataObjectOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import PauseOutlined from '@mui/icons-material/PauseOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import type { ReactElement } from 'react';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { KILL_WHILE_STOPPING, actionSpecs, type ContainerAction } from './actions';
import { RowActionButton } from '../../components/grid/RowActionButton';

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
      <RowActionButton
        key={command}
        label={name}
        tooltip={tooltip}
        icon={icon}
        enabled={enabled && !(busy && command !== 'inspect' && command !== 'menu' && command !== 'kill')}
        tabbable={tabbable}
        onPress={(anchor) => onCommand(command, container, anchor)}
      />
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
