import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DangerousOutlined from '@mui/icons-material/DangerousOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DriveFileRenameOutline from '@mui/icons-material/DriveFileRenameOutline';
import PauseOutlined from '@mui/icons-material/PauseOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import SystemUpdateAltOutlined from '@mui/icons-material/SystemUpdateAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { monoFont } from '../../../components/theme';
import { EngineUnavailable } from '../../engine';
import { useEngineStatus } from '../../../api/engine-status';
import { MountsTab } from '../../volumes';
import { actionSpecs, type ContainerAction, type RemoveOptions } from '../actions';
import { ChangesTab } from '../files/ChangesTab';
import { FilesTab } from '../files/FilesTab';
import { formatPorts, shortId } from '../format';
import { InspectContent } from '../InspectDrawer';
import { LogsTab } from '../logs/LogsTab';
import { OverviewTab } from './OverviewTab';
import { RemoveDialog } from '../RemoveDialog';
import { StateChip } from '../../../components/StateChip';
import { StatsTab } from '../stats/StatsTab';
import { TerminalTab } from '../terminal/TerminalTab';
import { useContainerActions } from '../useContainerActions';
import { CommitContent } from './CommitDialog';
import { DialogFor } from '../../../components/DialogFor';
import { RenameContent } from './RenameDialog';
import { RunCommandContent } from './RunCommandDialog';
import { openEditDialog, openUpdateDialog, useEditBlocked } from '../update/change-dialogs';
import { useContainer } from './useContainer';
import { routes, type ContainerTab } from '../../../../../shared/routes';
import { navigate } from '../../../lib/routing';
import { DetailGone, DetailHeader, DetailTabs } from '../../../components/DetailHeader';

/** The tabs, in order; each one's name is `detail.tabs.<id>`. */
const detailTabIds: readonly ContainerTab[] = ['overview', 'logs', 'terminal', 'stats', 'files', 'mounts', 'changes', 'inspect'];

/** #/containers/<id>?tab=…: one container, its state and actions, and a tab per way of looking into it. */
export function ContainerDetail({ id, tab, attach }: { id: string; tab: ContainerTab; attach: boolean }) {
  const { t } = useTranslation('containers');
  const engine = useEngineStatus();
  const { container, missing } = useContainer(id);

  if (engine?.state === 'unavailable') return <EngineUnavailable status={engine} />;
  if (missing) {
    return (
      <DetailGone section={{ label: t('common:nav.containers'), href: routes.containers() }}>{t('detail.gone', { id })}</DetailGone>
    );
  }
  if (!container) {
    return (
      <Box role="status" aria-label={t('detail.loading')} sx={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <CircularProgress size={28} />
      </Box>
    );
  }
  return <Detail key={container.id} container={container} tab={tab} attach={attach} />;
}

function Detail({ container, tab, attach }: { container: ContainerSummary; tab: ContainerTab; attach: boolean }) {
  const { t } = useTranslation('containers');
  const detailTabs = detailTabIds.map((id) => ({ id, label: t(`detail.tabs.${id}`) }));
  const actions = useContainerActions();
  const pending = actions.busy.get(container.id);
  const busy = pending !== undefined;
  const [dialog, setDialog] = useState<'remove' | 'commit' | 'rename' | 'runCommand' | null>(null);
  const closeDialog = () => setDialog(null);
  // The terminal keeps its session while other tabs are looked at, once it has been opened.
  const [terminalOpened, setTerminalOpened] = useState(tab === 'terminal');
  if (tab === 'terminal' && !terminalOpened) setTerminalOpened(true);

  const setTab = (next: ContainerTab) => navigate(routes.container(container.id, { tab: next }));
  const act = (action: Exclude<ContainerAction, 'remove'>) => void actions.run(action, [container]);
  const running = actionSpecs.stop.appliesTo(container);
  const editBlocked = useEditBlocked(container.id);

  const button = (action: ContainerAction, icon: ReactElement, onClick: () => void, enabled = true, color: 'inherit' | 'error' = 'inherit', tooltip = t(`action.${action}`)) => (
    <Tooltip title={tooltip} key={action}>
      <span>
        <IconButton aria-label={t('grid.actionName', { verb: t(`action.${action}`), name: container.name })} disabled={!enabled || (busy && action !== 'kill')} onClick={onClick} color={color === 'error' ? 'error' : 'default'}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );

  const remove = (options: RemoveOptions) => {
    setDialog(null);
    void actions.run('remove', [container], options).then(() => navigate(routes.containers()));
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <DetailHeader
        section={{ label: t('common:nav.containers'), href: routes.containers() }}
        title={container.name}
        chips={<StateChip container={container} busy={busy} activity={pending && t(`inFlight.${pending}`)} />}
        trail={
          <>
            {' · '}
            <Box component="span" sx={{ fontFamily: monoFont }}>{shortId(container.id)}</Box>
            {' · '}
            {container.image}
            {container.ports.length > 0 && ` · ${formatPorts(container.ports)}`}
            {container.composeProject && t('detail.compose', { project: container.composeProject })}
          </>
        }
      >
        <Box role="toolbar" aria-label={t('detail.actions', { name: container.name })} sx={{ display: 'flex', alignItems: 'center', gap: 0.25 }}>
          {pending === 'stop'
            ? button('kill', <DangerousOutlined fontSize="small" />, () => act('kill'), true, 'error', t('action.killWhileStopping'))
            : running
            ? button('stop', <StopOutlined fontSize="small" />, () => act('stop'))
            : button('start', <PlayArrowOutlined fontSize="small" />, () => act('start'), actionSpecs.start.appliesTo(container))}
          {container.state === 'paused'
            ? button('unpause', <PlayArrowOutlined fontSize="small" />, () => act('unpause'))
            : button('pause', <PauseOutlined fontSize="small" />, () => act('pause'), actionSpecs.pause.appliesTo(container))}
          {button('restart', <RestartAltOutlined fontSize="small" />, () => act('restart'), actionSpecs.restart.appliesTo(container))}
          {button('remove', <DeleteOutlined fontSize="small" />, () => setDialog('remove'), actionSpecs.remove.appliesTo(container))}
          <Divider orientation="vertical" flexItem sx={{ mx: 0.75 }} />
          <Button startIcon={<ContentCopyOutlined fontSize="small" />} onClick={() => setDialog('runCommand')}>
            {t('detail.copyRun')}
          </Button>
          <Button startIcon={<SaveOutlined fontSize="small" />} onClick={() => setDialog('commit')}>
            {t('detail.commit')}
          </Button>
          <Button startIcon={<DriveFileRenameOutline fontSize="small" />} onClick={() => setDialog('rename')}>
            {t('detail.rename')}
          </Button>
          <Tooltip title={editBlocked ? t('action.editAutoRemove') : ''}>
            <span>
              <Button startIcon={<EditOutlined fontSize="small" />} disabled={editBlocked} onClick={() => openEditDialog(container)}>
                {t('action.edit')}
              </Button>
            </span>
          </Tooltip>
          <Button startIcon={<SystemUpdateAltOutlined fontSize="small" />} onClick={() => openUpdateDialog([container])}>
            {t('action.updateImage')}
          </Button>
        </Box>
      </DetailHeader>
      <DetailTabs tabs={detailTabs} value={tab} onChange={(value: ContainerTab) => setTab(value)} label={t('detail.views', { name: container.name })}>
        {detailTabs.map((detailTab) => {
          const shown = detailTab.id === tab;
          const mounted = shown || (detailTab.id === 'terminal' && terminalOpened);
          if (!mounted) return null;
          return (
            <Box
              key={detailTab.id}
              role="tabpanel"
              id={`panel-${detailTab.id}`}
              aria-labelledby={`tab-${detailTab.id}`}
              hidden={!shown}
              sx={{ flex: 1, minHeight: 0, display: shown ? 'flex' : 'none', flexDirection: 'column' }}
            >
              {detailTab.id === 'overview' && <OverviewTab id={container.id} />}
              {detailTab.id === 'logs' && <LogsTab id={container.id} name={container.name} />}
              {detailTab.id === 'terminal' && <TerminalTab container={container} visible={shown} attachFirst={attach} />}
              {detailTab.id === 'stats' && <StatsTab container={container} />}
              {detailTab.id === 'files' && <FilesTab container={container} />}
              {detailTab.id === 'mounts' && <MountsTab id={container.id} name={container.name} />}
              {detailTab.id === 'changes' && <ChangesTab container={container} />}
              {detailTab.id === 'inspect' && <InspectContent target={{ id: container.id, name: container.name }} />}
            </Box>
          );
        })}
      </DetailTabs>
      <RemoveDialog containers={dialog === 'remove' ? [container] : null} onCancel={() => setDialog(null)} onConfirm={remove} />
      <DialogFor item={dialog === 'commit' ? container : null} onClose={closeDialog} maxWidth="md" labelledBy="commit-title">
        {(item) => <CommitContent container={item} onClose={closeDialog} />}
      </DialogFor>
      <DialogFor item={dialog === 'rename' ? container : null} onClose={closeDialog} maxWidth="xs" labelledBy="rename-title">
        {(item) => <RenameContent container={item} onClose={closeDialog} />}
      </DialogFor>
      <DialogFor item={dialog === 'runCommand' ? container : null} onClose={closeDialog} maxWidth="md" labelledBy="run-command-title">
        {(item) => <RunCommandContent container={item} onClose={closeDialog} />}
      </DialogFor>
    </Box>
  );
}
