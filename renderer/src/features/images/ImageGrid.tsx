import CloudUploadOutlined from '@mui/icons-material/CloudUploadOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DataObjectOutlined from '@mui/icons-material/DataObjectOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import LocalOfferOutlined from '@mui/icons-material/LocalOfferOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useCallback, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImageSummary } from '../../../../shared/contract/images';
import { notify, notifyError } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { RelativeTime, stopRowKeys } from '../../components/grid/grid-parts';
import { ResourceGrid, type GridColumn } from '../../components/grid/ResourceGrid';
import { formatBytes } from '../../lib/bytes';
import { copyText } from '../../lib/clipboard';
import { formatDateTime } from '../../lib/time';
import { imageRoute, isTagged, NONE, rowKey, rowLabel, rowReference, shortImageId, type ImageSort, type ImageSortKey } from './image-rows';
import { RowActionButton } from '../../components/grid/RowActionButton';

export type ImageCommand = 'run' | 'push' | 'tag' | 'remove' | 'save' | 'open' | 'history' | 'inspect' | 'pull';

const GRID_MIN_WIDTH = 900;
export const ROW_HEIGHT = 36;

interface ImageGridProps {
  rows: readonly ImageSummary[];
  selection: ReadonlySet<string>;
  /** The image a build just made: its rows are marked for a while. */
  highlightId: string | null;
  /** A row to bring into view and focus (after a build); changes to it scroll again. */
  revealKey: string | null;
  sort: ImageSort;
  onSort(key: ImageSortKey): void;
  onSelectionChange(next: ReadonlySet<string>): void;
  onCommand(command: ImageCommand, row: ImageSummary): void;
  /** Delete on a row: the selection (if the row is in it) or that row. */
  onRemove(rows: readonly ImageSummary[]): void;
  endSpace?: number;
}

type RowCommand = (command: ImageCommand | 'menu', row: ImageSummary, anchor: HTMLElement) => void;

/**
 * The images as an ARIA grid, virtualised (only the rows in view are in the DOM). Keyboard: arrows, Home/End,
 * PageUp/PageDown move; Enter opens the image; Space selects; Delete asks to remove.
 */
export function ImageGrid(props: ImageGridProps) {
  const { rows, selection, highlightId, revealKey, sort, onSort, onSelectionChange, onCommand, onRemove, endSpace = 0 } = props;
  const { t } = useTranslation('images');
  const [menu, setMenu] = useState<{ anchor: HTMLElement; row: ImageSummary } | null>(null);
  const columns = useMemo(
    () =>
      imageColumns(t, (command, row, anchor) => {
        if (command === 'menu') setMenu({ anchor, row });
        else onCommand(command, row);
      }),
    [t, onCommand],
  );
  const labelOf = useCallback((row: ImageSummary) => rowLabel(t, row), [t]);
  return (
    <ResourceGrid<ImageSummary, ImageSortKey>
      label={t('grid.label')}
      rows={rows}
      columns={columns}
      rowKey={rowKey}
      rowLabel={labelOf}
      sort={sort}
      onSort={onSort}
      onOpen={(row) => onCommand('open', row)}
      onDelete={(row) => onRemove(selection.has(rowKey(row)) ? rows.filter((r) => selection.has(rowKey(r))) : [row])}
      minWidth={GRID_MIN_WIDTH}
      rowHeight={ROW_HEIGHT}
      cellPadding={1}
      overscan={12}
      selection={{ selected: selection, onChange: onSelectionChange, allLabel: t('grid.selectAll') }}
      highlighted={(row) => row.id === highlightId}
      revealKey={revealKey}
      endSpace={endSpace}
    >
      <RowMenu target={menu} onClose={() => setMenu(null)} onCommand={onCommand} />
    </ResourceGrid>
  );
}

const none = <Box component="span" sx={{ color: 'text.disabled' }}>{NONE}</Box>;

function imageColumns(t: TFunction, onCommand: RowCommand): GridColumn<ImageSummary, ImageSortKey>[] {
  return [
    {
      id: 'repository',
      label: t('grid.columns.repository'),
      width: 'minmax(200px, 2.2fr)',
      sortKey: 'repository',
      title: (row) => row.repository,
      sx: { fontWeight: 500 },
      render: (row) =>
        row.repository === NONE ? (
          none
        ) : (
          <Link href={imageRoute(row)} tabIndex={-1} underline="hover" color="inherit" onDoubleClick={(event) => event.stopPropagation()} onKeyDown={stopRowKeys}>
            {row.repository}
          </Link>
        ),
    },
    { id: 'tag', label: t('grid.columns.tag'), width: 'minmax(90px, 1fr)', sortKey: 'tag', title: (row) => row.tag, render: (row) => (row.tag === NONE ? none : row.tag) },
    {
      id: 'id',
      label: t('grid.columns.id'),
      width: '118px',
      sortKey: 'id',
      title: (row) => row.id,
      sx: { fontFamily: monoFont, fontSize: 12, color: 'text.secondary' },
      render: (row) => shortImageId(row.id),
    },
    {
      id: 'created',
      label: t('grid.columns.created'),
      width: '112px',
      sortKey: 'created',
      title: (row) => formatDateTime(row.created),
      sx: { color: 'text.secondary' },
      render: (row) => <RelativeTime at={row.created} />,
    },
    { id: 'size', label: t('grid.columns.size'), width: '86px', sortKey: 'size', align: 'right', render: (row) => formatBytes(row.sizeBytes) },
    {
      id: 'containers',
      label: t('grid.columns.containers'),
      width: 'minmax(108px, 0.9fr)',
      sortKey: 'containers',
      title: (row) => row.containers.join('\n'),
      cellSx: (row) => ({ color: row.containers.length ? 'text.primary' : 'text.disabled' }),
      render: (row) => (row.containers.length === 0 ? t('grid.unused') : row.containers.length === 1 ? row.containers[0] : t('grid.containerCount', { count: row.containers.length })),
    },
    {
      id: 'actions',
      label: t('grid.columns.actions'),
      width: '156px',
      ownKeys: true,
      headerSx: { textAlign: 'right', pr: '16px !important' },
      sx: { display: 'flex', justifyContent: 'flex-end', pr: '8px !important' },
      render: (row, tabbable) => {
        const name = rowLabel(t, row);
        return (
          <>
            {rowButton(t, 'run', <PlayArrowOutlined fontSize="small" />, row, name, tabbable, onCommand)}
            {rowButton(t, 'push', <CloudUploadOutlined fontSize="small" />, row, name, tabbable, onCommand, isTagged(row))}
            {rowButton(t, 'tag', <LocalOfferOutlined fontSize="small" />, row, name, tabbable, onCommand)}
            {rowButton(t, 'remove', <DeleteOutlined fontSize="small" />, row, name, tabbable, onCommand)}
            {rowButton(t, 'menu', <MoreVert fontSize="small" />, row, name, tabbable, onCommand)}
          </>
        );
      },
    },
  ];
}

/** A row's button: `grid.actions.<command>.label` names it with the row ({name}), `.tooltip` is its short word. */
function rowButton(
  t: TFunction,
  command: 'run' | 'push' | 'tag' | 'remove' | 'menu',
  icon: ReactElement,
  row: ImageSummary,
  name: string,
  tabbable: boolean,
  onCommand: RowCommand,
  enabled = true,
) {
  const tooltip = t(`grid.actions.${command}.tooltip`);
  return (
    <RowActionButton
      key={command}
      label={t(`grid.actions.${command}.label`, { name })}
      tooltip={enabled ? tooltip : t('grid.needsTag', { action: tooltip })}
      icon={icon}
      enabled={enabled}
      tabbable={tabbable}
      onPress={(anchor) => onCommand(command, row, anchor)}
    />
  );
}

function RowMenu({ target, onClose, onCommand }: { target: { anchor: HTMLElement; row: ImageSummary } | null; onClose(): void; onCommand(command: ImageCommand, row: ImageSummary): void }) {
  const { t } = useTranslation('images');
  const then = (command: ImageCommand) => () => {
    if (!target) return;
    onClose();
    onCommand(command, target.row);
  };
  const copy = (what: 'id' | 'reference') => () => {
    if (!target) return;
    onClose();
    const text = what === 'id' ? target.row.id : rowReference(target.row);
    copyText(text).then(
      () => notify({ severity: 'success', title: what === 'id' ? t('menu.copiedId') : t('menu.copied', { text }) }),
      (error: unknown) => notifyError(t('menu.copyFailed'), error),
    );
  };
  const item = (onClick: () => void, icon: ReactElement, text: string, disabled = false) => (
    <MenuItem onClick={onClick} disabled={disabled}>
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText>{text}</ListItemText>
    </MenuItem>
  );
  const tagged = target ? isTagged(target.row) : false;
  return (
    <Menu anchorEl={target?.anchor} open={target !== null} onClose={onClose} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} transformOrigin={{ vertical: 'top', horizontal: 'right' }}>
      {item(then('open'), <InfoOutlined fontSize="small" />, t('menu.details'))}
      {item(then('history'), <HistoryOutlined fontSize="small" />, t('menu.history'))}
      {item(then('inspect'), <DataObjectOutlined fontSize="small" />, t('menu.inspect'))}
      {item(then('save'), <SaveAltOutlined fontSize="small" />, t('menu.save'))}
      {item(then('pull'), <SyncOutlined fontSize="small" />, t('menu.pullAgain'), !tagged)}
      {item(copy('reference'), <ContentCopyOutlined fontSize="small" />, t('menu.copyReference'))}
      {item(copy('id'), <ContentCopyOutlined fontSize="small" />, t('menu.copyId'))}
    </Menu>
  );
}
