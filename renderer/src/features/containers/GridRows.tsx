import ChevronRight from '@mui/icons-material/ChevronRight';
import ExpandMore from '@mui/icons-material/ExpandMore';
import LayersOutlined from '@mui/icons-material/LayersOutlined';
import Box from '@mui/material/Box';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import StopOutlined from '@mui/icons-material/StopOutlined';
import SubjectOutlined from '@mui/icons-material/SubjectOutlined';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import { memo, type MouseEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import { RelativeTime, SelectCell, gridRowSx, rowPosition, stopRowKeys } from '../../components/grid/grid-parts';
import { useClockText } from '../../lib/useNow';
import { ROW_HEIGHT, gridTemplateSpec } from './columns';
import { formatDateTime } from '../../lib/time';
import { engineStatusText, statusText } from './format';
import { receivedAt } from '../../api/live/received-at';
import { RowActions, type RowCommand } from './RowActions';
import type { ContainerAction } from './actions';
import { PortLinks } from './PortLinks';
import { StateChip } from '../../components/StateChip';
import { CpuCell, MemoryCell } from './stats/StatsCells';
import type { GroupRow } from './view-rows';
import { routes } from '../../../../shared/routes';

const rowSx = gridRowSx(ROW_HEIGHT, gridTemplateSpec, 1);

interface CommonRowProps {
  index: number;
  start: number;
  active: boolean;
  onFocusRow(index: number): void;
}

interface ContainerGridRowProps extends CommonRowProps {
  container: ContainerSummary;
  inGroup: boolean;
  selected: boolean;
  /** The action in flight on this container, if any. */
  pending: ContainerAction | undefined;
  onToggleSelect(id: string): void;
  onCommand(command: RowCommand, container: ContainerSummary, anchor: HTMLElement): void;
}

/** One container. Its accessible name is the container's name; the rest is in its cells. */
export const ContainerGridRow = memo(function ContainerGridRow({
  container,
  inGroup,
  selected,
  pending,
  index,
  start,
  active,
  onFocusRow,
  onToggleSelect,
  onCommand,
}: ContainerGridRowProps) {
  const { t } = useTranslation('containers');
  const busy = pending !== undefined;
  const status = engineStatusText(t, container.status);
  return (
    <Box
      role="row"
      aria-label={container.name}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      tabIndex={active ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusRow(index);
      }}
      onMouseDown={() => onFocusRow(index)}
      onDoubleClick={(event: MouseEvent<HTMLElement>) => onCommand('open', container, event.currentTarget)}
      style={rowPosition(start)}
      sx={rowSx}
    >
      <SelectCell label={t('grid.select', { name: container.name })} checked={selected} tabbable={active} onToggle={() => onToggleSelect(container.id)} />
      <Box role="gridcell" title={`${container.name}\n${container.id}`} sx={{ pl: inGroup ? '28px !important' : undefined, fontWeight: 500 }}>
        <Link
          href={routes.container(container.id)}
          tabIndex={-1}
          underline="hover"
          color="inherit"
          onDoubleClick={(event) => event.stopPropagation()}
          onKeyDown={stopRowKeys}
        >
          {container.name}
        </Link>
        {container.composeService && container.composeService !== container.name && (
          <Box component="span" sx={{ ml: 1, color: 'text.secondary', fontWeight: 400, fontSize: 12 }}>
            {container.composeService}
          </Box>
        )}
      </Box>
      <Box role="gridcell" title={container.image} sx={{ color: 'text.secondary' }}>
        {container.image}
      </Box>
      {/* The engine's status on hover too: in a narrow grid the Status column is left out. */}
      <Box role="gridcell" title={status}>
        <StateChip container={container} busy={busy} activity={pending && t(`inFlight.${pending}`)} />
      </Box>
      <Box role="gridcell" title={status} sx={{ color: 'text.secondary' }}>
        <StatusText container={container} />
      </Box>
      <Box role="gridcell">
        <PortLinks ports={container.ports} />
      </Box>
      <Box role="gridcell" sx={{ fontVariantNumeric: 'tabular-nums', fontSize: 12 }}>
        <CpuCell id={container.id} running={container.state === 'running'} />
      </Box>
      <Box role="gridcell" sx={{ fontVariantNumeric: 'tabular-nums', fontSize: 12 }}>
        <MemoryCell id={container.id} running={container.state === 'running'} />
      </Box>
      <Box role="gridcell" title={formatDateTime(container.created)} sx={{ color: 'text.secondary' }}>
        <RelativeTime at={container.created} />
      </Box>
      <Box role="gridcell" sx={{ display: 'flex', justifyContent: 'flex-end', pr: '8px !important' }} onKeyDown={stopRowKeys}>
        <RowActions container={container} pending={pending} tabbable={active} onCommand={onCommand} />
      </Box>
    </Box>
  );
});

/** The engine's status, aged by the clock; re-renders only when its wording changes. */
function StatusText({ container }: { container: ContainerSummary }) {
  const { t } = useTranslation('containers');
  return useClockText((now) => statusText(t, container.status, receivedAt(container), now));
}

export type ProjectAction = 'start' | 'stop' | 'restart' | 'remove' | 'logs' | 'export';

interface GroupGridRowProps extends CommonRowProps {
  group: GroupRow;
  onProject(action: ProjectAction, group: GroupRow): void;
  /** How many of the group's containers are selected. */
  selectedCount: number;
  onToggleGroup(project: string): void;
  onToggleGroupSelect(group: GroupRow): void;
}

/** A compose project: folds its containers away, shows counts, selects them all. */
export const GroupGridRow = memo(function GroupGridRow({
  group,
  selectedCount,
  index,
  start,
  active,
  onFocusRow,
  onToggleGroup,
  onToggleGroupSelect,
  onProject,
}: GroupGridRowProps) {
  const { t } = useTranslation('containers');
  const total = group.containers.length;
  const counts = t('group.counts', { total, running: group.running });
  const button = (action: ProjectAction, icon: ReactElement, enabled = true) =>
    projectButton(action, t(`group.${action}`, { project: group.project }), t(`group.${action}Tip`), icon, group, active, onProject, enabled);
  return (
    <Box
      role="row"
      aria-label={t('group.label', { project: group.project, counts })}
      aria-rowindex={index + 2}
      aria-expanded={group.expanded}
      aria-selected={selectedCount === total}
      data-index={index}
      tabIndex={active ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusRow(index);
      }}
      onMouseDown={() => onFocusRow(index)}
      onClick={() => onToggleGroup(group.project)}
      style={rowPosition(start)}
      sx={[rowSx, { bgcolor: 'background.default', cursor: 'pointer' }]}
    >
      <SelectCell
        label={t('group.selectAll', { project: group.project })}
        checked={selectedCount === total}
        indeterminate={selectedCount > 0 && selectedCount < total}
        tabbable={active}
        onToggle={() => onToggleGroupSelect(group)}
        onClick={(event) => event.stopPropagation()}
      />
      <Box role="gridcell" aria-colspan={8} sx={{ gridColumn: '2 / -2', display: 'flex', alignItems: 'center', gap: 0.75 }}>
        {group.expanded ? <ExpandMore fontSize="small" sx={{ color: 'text.secondary' }} /> : <ChevronRight fontSize="small" sx={{ color: 'text.secondary' }} />}
        <LayersOutlined fontSize="small" sx={{ color: 'primary.main' }} />
        <Box component="span" sx={{ fontWeight: 600 }}>
          {group.project}
        </Box>
        <Box component="span" sx={{ color: 'text.secondary', fontSize: 12 }}>
          {counts}
        </Box>
      </Box>
      <Box role="gridcell" sx={{ display: 'flex', justifyContent: 'flex-end', pr: '8px !important' }} onClick={(event) => event.stopPropagation()} onKeyDown={stopRowKeys}>
        {button('start', <PlayArrowOutlined fontSize="small" />, group.running < group.containers.length)}
        {button('stop', <StopOutlined fontSize="small" />, group.running > 0)}
        {button('restart', <RestartAltOutlined fontSize="small" />)}
        {button('logs', <SubjectOutlined fontSize="small" />)}
        {button('export', <DescriptionOutlined fontSize="small" />)}
        {button('remove', <DeleteOutlined fontSize="small" />)}
      </Box>
    </Box>
  );
});

function projectButton(action: ProjectAction, label: string, tooltip: string, icon: ReactElement, group: GroupRow, tabbable: boolean, onProject: (action: ProjectAction, group: GroupRow) => void, enabled: boolean) {
  return (
    <Tooltip title={tooltip} key={action}>
      <span>
        <IconButton
          aria-label={label}
          tabIndex={tabbable ? 0 : -1}
          disabled={!enabled}
          onClick={() => onProject(action, group)}
          sx={{ color: 'text.secondary', p: '3px' }}
        >
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}
