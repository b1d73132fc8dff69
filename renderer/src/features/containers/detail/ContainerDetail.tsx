import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DangerousOutlined from '@mui/icons-material/DangerousOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DriveFileRenameOutline from '@mui/icons-material/DriveFileRenameOutline';
import PauseOutlined from '@mui/icons-material/PauseOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState, type ReactElement } from 'react';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { monoFont } from '../../../components/theme';
import { EngineUnavailable } from '../../engine';
import { useEngineStatus } from '../../../api/engine-status';
import { MountsTab } from '../../volumes';
import { KILL_WHILE_STOPPING, actionSpecs, inFlightLabels, type ContainerAction, type RemoveOptions } from '../actions';
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
import { useContainer } from './useContainer';
import { routes, type ContainerTab } from '../../../../../shared/routes';
import { navigate } from '../../../lib/routing';
import { DetailGone, DetailHeader, DetailTabs } from '../../../components/DetailHeader';

const detailTabs: readonly { id: ContainerTab; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'logs', label: 'Logs' },
  { id: 'terminal', label: 'Terminal' },
  { id: 'stats', label: 'Stats' },
  { id: 'files', label: 'Files' },
  { id: 'mounts', label: 'Mounts' },
  { id: 'changes', label: 'Changes' },
  { id: 'inspect', label: 'Inspect' },
];

/** #/containers/<id>?tab=…: one container, its state and actions, and a tab per way of looking into it. */
export function ContainerDetail({ id, tab, attach }: { id: string; tab: ContainerTab; attach: boolean }) {
  const engine = useEngineStatus();
  const { container, missing } = useContainer(id);

  if (engine?.state === 'unavailable') return <EngineUnavailable status={engine} />;
  if (missing) {
    return (
      <DetailGone section={{ label: 'Containers', href: routes.containers() }}>There is no container “{id}” any more: it may have been removed.</DetailGone>
    );
  }
  if (!container) {
    return (
      <Box role="status" aria-label="Loading the container" sx={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <CircularProgress size={28} />
      </Box>
    );
  }
  return <Detail key={container.id} container={container} tab={tab} attach={attach} />;
}

function Detail({ container, tab, attach }: { container: ContainerSummary; tab: ContainerTab; attach: boolean }) {
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

  const button = (label: string, icon: ReactElement, onClick: () => void, enabled = true, color: 'inherit' | 'error' = 'inherit', tooltip = label) => (
    <Tooltip title={tooltip} key={label}>
      <span>
        <IconButton aria-label={`${label} ${container.name}`} disabled={!enabled || (busy && label !== 'Kill')} onClick={onClick} color={color === 'error' ? 'error' : 'default'}>
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
        section={{ label: 'Containers', href: routes.containers() }}
        title={container.name}
        chips={<StateChip container={container} busy={busy} activity={pending && inFlightLabels[pending]} />}
        trail={
          <>
            {' · '}
            <Box component="span" sx={{ fontFamily: monoFont }}>{shortId(container.id)}</Box>
            {' · '}
            {container.image}
            {container.ports.length > 0 && ` · ${formatPorts(container.ports)}`}
            {container.composeProject && ` · compose ${container.composeProject}`}
          </>
        }
      >
        <Box role="toolbar" aria-label={`Actions on ${container.name}`} sx={{ display: 'flex', alignItems: 'center', gap: 0.25 }}>
          {pending === 'stop'
            ? button('Kill', <DangerousOutlined fontSize="small" />, () => act('kill'), true, 'error', KILL_WHILE_STOPPING)
            : running
            ? button('Stop', <StopOutlined fontSize="small" />, () => act('stop'))
            : button('Start', <PlayArrowOutlined fontSize="small" />, () => act('start'), actionSpecs.start.appliesTo(container))}
          {container.state === 'paused'
            ? button('Unpause', <PlayArrowOutlined fontSize="small" />, () => act('unpause'))
            : button('Pause', <PauseOutlined fontSize="small" />, () => act('pause'), actionSpecs.pause.appliesTo(container))}
          {button('Restart', <RestartAltOutlined fontSize="small" />, () => act('restart'), actionSpecs.restart.appliesTo(container))}
          {button('Remove', <DeleteOutlined fontSize="small" />, () => setDialog('remove'), actionSpecs.remove.appliesTo(container))}
          <Divider orientation="vertical" flexItem sx={{ mx: 0.75 }} />
          <Button startIcon={<ContentCopyOutlined fontSize="small" />} onClick={() => setDialog('runCommand')}>
            Copy as docker run
          </Button>
          <Button startIcon={<SaveOutlined fontSize="small" />} onClick={() => setDialog('commit')}>
            Commit…
          </Button>
          <Button startIcon={<DriveFileRenameOutline fontSize="small" />} onClick={() => setDialog('rename')}>
            Rename…
          </Button>
        </Box>
      </DetailHeader>
      <DetailTabs tabs={detailTabs} value={tab} onChange={(value: ContainerTab) => setTab(value)} label={`Views of ${container.name}`}>
        {detailTabs.map((t) => {
          const shown = t.id === tab;
          const mounted = shown || (t.id === 'terminal' && terminalOpened);
          if (!mounted) return null;
          return (
            <Box
              key={t.id}
              role="tabpanel"
              id={`panel-${t.id}`}
              aria-labelledby={`tab-${t.id}`}
              hidden={!shown}
              sx={{ flex: 1, minHeight: 0, display: shown ? 'flex' : 'none', flexDirection: 'column' }}
            >
              {t.id === 'overview' && <OverviewTab id={container.id} />}
              {t.id === 'logs' && <LogsTab id={container.id} name={container.name} />}
              {t.id === 'terminal' && <TerminalTab container={container} visible={shown} attachFirst={attach} />}
              {t.id === 'stats' && <StatsTab container={container} />}
              {t.id === 'files' && <FilesTab container={container} />}
              {t.id === 'mounts' && <MountsTab id={container.id} name={container.name} />}
              {t.id === 'changes' && <ChangesTab container={container} />}
              {t.id === 'inspect' && <InspectContent target={{ id: container.id, name: container.name }} />}
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
