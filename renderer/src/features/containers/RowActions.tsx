import DangerousOutlined from '@mui/icons-material/DangerousOutlined';
import DataObjectOutlined from '@mui/icons-material/DataObjectOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import PauseOutlined from '@mui/icons-material/PauseOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { actionSpecs, type ContainerAction } from './actions';
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
  const { t } = useTranslation('containers');
  const busy = pending !== undefined;
  const running = actionSpecs.stop.appliesTo(container);
  const paused = container.state === 'paused';
  const commandButton = (command: RowCommand, name: string, icon: ReactElement, enabled: boolean, tooltip: string) => {
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
  const button = (command: Exclude<RowCommand, 'menu' | 'open'>, icon: ReactElement, enabled = true, tooltip = t(`action.${command}`)) =>
    commandButton(command, t('grid.actionName', { verb: t(`action.${command}`), name: container.name }), icon, enabled, tooltip);
  return (
    <>
      {pending === 'stop'
        ? button('kill', <DangerousOutlined fontSize="small" />, true, t('action.killWhileStopping'))
        : running
        ? button('stop', <StopOutlined fontSize="small" />)
        : button('start', <PlayArrowOutlined fontSize="small" />, actionSpecs.start.appliesTo(container))}
      {paused
        ? button('unpause', <PlayArrowOutlined fontSize="small" />)
        : button('pause', <PauseOutlined fontSize="small" />, actionSpecs.pause.appliesTo(container))}
      {button('restart', <RestartAltOutlined fontSize="small" />, actionSpecs.restart.appliesTo(container))}
      {button('inspect', <DataObjectOutlined fontSize="small" />)}
      {button('remove', <DeleteOutlined fontSize="small" />, actionSpecs.remove.appliesTo(container))}
      {commandButton('menu', t('grid.moreFor', { name: container.name }), <MoreVert fontSize="small" />, true, t('grid.more'))}
    </>
  );
}
