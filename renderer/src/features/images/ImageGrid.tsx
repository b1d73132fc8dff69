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
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { alpha, keyframes, type SxProps, type Theme } from '@mui/material/styles';
import TableSortLabel from '@mui/material/TableSortLabel';
import Tooltip from '@mui/material/Tooltip';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactElement } from 'react';
import type { ImageSummary } from '../../../../shared/contract/images';
import { notify, notifyError } from '../../app/notifications';
import { routeHash } from '../../app/route';
import { monoFont } from '../../app/theme';
import { formatBytes } from '../../lib/bytes';
import { useNow } from '../../lib/useNow';
import { copyText } from '../containers/clipboard';
import { formatDateTime, formatRelative } from '../containers/format';
import { isTagged, NONE, rowKey, rowLabel, rowReference, shortImageId, type ImageSort, type ImageSortKey } from './image-rows';

export type ImageCommand = 'run' | 'push' | 'tag' | 'remove' | 'save' | 'open' | 'history' | 'inspect' | 'pull';

interface Column {
  id: 'select' | ImageSortKey | 'actions';
  label: string;
  width: string;
}

const columns: readonly Column[] = [
  { id: 'select', label: 'Select', width: '40px' },
  { id: 'repository', label: 'Repository', width: 'minmax(200px, 2.2fr)' },
  { id: 'tag', label: 'Tag', width: 'minmax(90px, 1fr)' },
  { id: 'id', label: 'Image ID', width: '118px' },
  { id: 'created', label: 'Created', width: '112px' },
  { id: 'size', label: 'Size', width: '86px' },
  { id: 'containers', label: 'Containers', width: 'minmax(96px, 0.9fr)' },
  { id: 'actions', label: 'Actions', width: '156px' },
];
const gridTemplateColumns = columns.map((column) => column.width).join(' ');
const GRID_MIN_WIDTH = 1000;
export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 34;

export interface ImageGridProps {
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

const flash = keyframes`
  from { box-shadow: inset 4px 0 0 0 var(--berth-flash); }
  to { box-shadow: inset 4px 0 0 0 transparent; }
`;

const rowSx: SxProps<Theme> = (theme) => ({
  position: 'absolute',
  top: 0,
  left: 0,
  width: '100%',
  height: ROW_HEIGHT,
  display: 'grid',
  gridTemplateColumns,
  alignItems: 'center',
  borderBottom: `1px solid ${theme.palette.divider}`,
  fontSize: 13,
  outline: 'none',
  cursor: 'default',
  '&:hover': { bgcolor: 'action.hover' },
  '&[aria-selected="true"]': { bgcolor: alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.16 : 0.08) },
  '&[data-highlight="true"]': {
    '--berth-flash': theme.palette.success.main,
    bgcolor: alpha(theme.palette.success.main, theme.palette.mode === 'dark' ? 0.16 : 0.1),
    boxShadow: `inset 4px 0 0 0 ${theme.palette.success.main}`,
    animation: `${flash} 6s ease-out forwards`,
  },
  '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.palette.primary.main}` },
  '& > [role="gridcell"]': { px: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/**
 * The images as an ARIA grid, virtualised (only the rows in view are in the DOM). Keyboard: arrows, Home/End,
 * PageUp/PageDown move; Enter opens the image; Space selects; Delete asks to remove.
 */
export function ImageGrid(props: ImageGridProps) {
  const { rows, selection, highlightId, revealKey, sort, onSort, onSelectionChange, onCommand, onRemove, endSpace = 0 } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNow();
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const found = activeKey === null ? -1 : rows.findIndex((row) => rowKey(row) === activeKey);
  const activeIndex = found >= 0 ? found : 0;
  const pendingFocus = useRef<string | null>(null);
  const [menu, setMenu] = useState<{ anchor: HTMLElement; row: ImageSummary } | null>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    paddingEnd: endSpace,
    scrollPaddingEnd: endSpace,
    getItemKey: (index) => (rows[index] ? rowKey(rows[index]) : index),
  });

  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    const index = rows.findIndex((row) => rowKey(row) === key);
    const element = scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  // A row asked to be shown (the image a build made): scroll to it and make it the active row.
  useEffect(() => {
    if (revealKey === null) return;
    const index = rows.findIndex((row) => rowKey(row) === revealKey);
    if (index < 0) return;
    setActiveKey(revealKey);
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [revealKey, rows, virtualizer]);

  const moveTo = (index: number) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!target) return;
    const key = rowKey(target);
    const targetIndex = rows.indexOf(target);
    setActiveKey(key);
    pendingFocus.current = key;
    virtualizer.scrollToIndex(targetIndex, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${targetIndex}"]`)?.focus({ preventScroll: true });
  };

  const toggleSelect = useCallback(
    (key: string) => {
      const next = new Set(selection);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      onSelectionChange(next);
    },
    [selection, onSelectionChange],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).getAttribute('role') !== 'row') return;
    const row = rows[activeIndex];
    if (!row) return;
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      PageDown: () => moveTo(activeIndex + page),
      PageUp: () => moveTo(activeIndex - page),
      Enter: () => onCommand('open', row),
      ' ': () => toggleSelect(rowKey(row)),
      Delete: () => onRemove(selection.has(rowKey(row)) ? rows.filter((r) => selection.has(rowKey(r))) : [row]),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const onRowCommand = useCallback(
    (command: ImageCommand | 'menu', row: ImageSummary, anchor: HTMLElement) => {
      if (command === 'menu') setMenu({ anchor, row });
      else onCommand(command, row);
    },
    [onCommand],
  );
  const focusRow = useCallback((index: number) => setActiveKey(rows[index] ? rowKey(rows[index]) : null), [rows]);

  const selectedCount = rows.filter((row) => selection.has(rowKey(row))).length;
  const allSelected = rows.length > 0 && selectedCount === rows.length;

  return (
    <Box
      ref={scrollRef}
      role="grid"
      aria-label="Images"
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-multiselectable
      onKeyDown={onKeyDown}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', position: 'relative', outline: 'none' }}
    >
      <Box sx={{ minWidth: GRID_MIN_WIDTH }}>
        <Box role="rowgroup" sx={{ position: 'sticky', top: 0, zIndex: 2 }}>
          <Box
            role="row"
            aria-rowindex={1}
            sx={(theme) => ({
              display: 'grid',
              gridTemplateColumns,
              alignItems: 'center',
              height: HEADER_HEIGHT,
              bgcolor: 'background.paper',
              borderBottom: `1px solid ${theme.palette.divider}`,
              fontSize: 12,
              fontWeight: 600,
              color: 'text.secondary',
              '& > [role="columnheader"]': { px: 1, whiteSpace: 'nowrap', overflow: 'hidden' },
            })}
          >
            {columns.map((column) => {
              if (column.id === 'select') {
                return (
                  <Box role="columnheader" key={column.id} sx={{ pl: '4px !important' }}>
                    <Checkbox
                      checked={allSelected}
                      indeterminate={selectedCount > 0 && !allSelected}
                      disabled={rows.length === 0}
                      onChange={() => onSelectionChange(allSelected ? new Set() : new Set(rows.map(rowKey)))}
                      slotProps={{ input: { 'aria-label': 'Select all images' } }}
                      sx={{ p: '4px' }}
                    />
                  </Box>
                );
              }
              if (column.id === 'actions') {
                return (
                  <Box role="columnheader" key={column.id} sx={{ textAlign: 'right', pr: '16px !important' }}>
                    {column.label}
                  </Box>
                );
              }
              const key = column.id;
              const sorted = sort.key === key;
              return (
                <Box role="columnheader" key={key} aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} sx={key === 'size' ? { textAlign: 'right' } : undefined}>
                  <TableSortLabel active={sorted} direction={sorted ? sort.direction : 'asc'} onClick={() => onSort(key)} sx={{ fontSize: 12, fontWeight: 600 }}>
                    {column.label}
                  </TableSortLabel>
                </Box>
              );
            })}
          </Box>
        </Box>
        <Box role="rowgroup" sx={{ position: 'relative', height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const key = rowKey(row);
            return (
              <ImageRow
                key={key}
                row={row}
                index={item.index}
                start={item.start - HEADER_HEIGHT}
                active={item.index === activeIndex}
                selected={selection.has(key)}
                highlighted={row.id === highlightId}
                now={now}
                onFocusRow={focusRow}
                onToggleSelect={toggleSelect}
                onCommand={onRowCommand}
              />
            );
          })}
        </Box>
      </Box>
      <RowMenu target={menu} onClose={() => setMenu(null)} onCommand={onCommand} />
    </Box>
  );
}

interface ImageRowProps {
  row: ImageSummary;
  index: number;
  start: number;
  active: boolean;
  selected: boolean;
  highlighted: boolean;
  now: number;
  onFocusRow(index: number): void;
  onToggleSelect(key: string): void;
  onCommand(command: ImageCommand | 'menu', row: ImageSummary, anchor: HTMLElement): void;
}

const ImageRow = memo(function ImageRow({ row, index, start, active, selected, highlighted, now, onFocusRow, onToggleSelect, onCommand }: ImageRowProps) {
  const label = rowLabel(row);
  const none = <Box component="span" sx={{ color: 'text.disabled' }}>{NONE}</Box>;
  const style: CSSProperties = { transform: `translateY(${start}px)` };
  return (
    <Box
      role="row"
      aria-label={label}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      data-highlight={highlighted || undefined}
      tabIndex={active ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusRow(index);
      }}
      onMouseDown={() => onFocusRow(index)}
      onDoubleClick={(event) => onCommand('open', row, event.currentTarget)}
      style={style}
      sx={rowSx}
    >
      <Box role="gridcell" sx={{ pl: '4px !important' }}>
        <Checkbox
          checked={selected}
          tabIndex={active ? 0 : -1}
          onChange={() => onToggleSelect(rowKey(row))}
          onKeyDown={stopRowKeys}
          slotProps={{ input: { 'aria-label': `Select ${label}` } }}
          sx={{ p: '4px' }}
        />
      </Box>
      <Box role="gridcell" title={row.repository} sx={{ fontWeight: 500 }}>
        {row.repository === NONE ? (
          none
        ) : (
          <Link href={routeHash('images', row.id)} tabIndex={-1} underline="hover" color="inherit" onDoubleClick={(event) => event.stopPropagation()} onKeyDown={stopRowKeys}>
            {row.repository}
          </Link>
        )}
      </Box>
      <Box role="gridcell" title={row.tag}>
        {row.tag === NONE ? none : row.tag}
      </Box>
      <Box role="gridcell" title={row.id} sx={{ fontFamily: monoFont, fontSize: 12, color: 'text.secondary' }}>
        {shortImageId(row.id)}
      </Box>
      <Box role="gridcell" title={formatDateTime(row.created)} sx={{ color: 'text.secondary' }}>
        {formatRelative(row.created, now)}
      </Box>
      <Box role="gridcell" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {formatBytes(row.sizeBytes)}
      </Box>
      <Box role="gridcell" title={row.containers.join('\n')} sx={{ color: row.containers.length ? 'text.primary' : 'text.disabled' }}>
        {row.containers.length === 0 ? 'unused' : row.containers.length === 1 ? row.containers[0] : `${row.containers.length} containers`}
      </Box>
      <Box role="gridcell" sx={{ display: 'flex', justifyContent: 'flex-end', pr: '8px !important' }} onKeyDown={stopRowKeys}>
        {rowButton('run', 'Run', <PlayArrowOutlined fontSize="small" />, row, label, active, onCommand)}
        {rowButton('push', 'Push', <CloudUploadOutlined fontSize="small" />, row, label, active, onCommand, isTagged(row))}
        {rowButton('tag', 'Tag', <LocalOfferOutlined fontSize="small" />, row, label, active, onCommand)}
        {rowButton('remove', 'Remove', <DeleteOutlined fontSize="small" />, row, label, active, onCommand)}
        {rowButton('menu', 'More actions for', <MoreVert fontSize="small" />, row, label, active, onCommand, true, 'More')}
      </Box>
    </Box>
  );
});

function rowButton(
  command: ImageCommand | 'menu',
  verb: string,
  icon: ReactElement,
  row: ImageSummary,
  label: string,
  tabbable: boolean,
  onCommand: ImageRowProps['onCommand'],
  enabled = true,
  tooltip = verb,
) {
  return (
    <Tooltip title={enabled ? tooltip : `${tooltip}: needs a tag`} key={command}>
      <span>
        <IconButton
          aria-label={`${verb} ${label}`}
          tabIndex={tabbable ? 0 : -1}
          disabled={!enabled}
          onClick={(event) => {
            event.stopPropagation();
            onCommand(command, row, event.currentTarget);
          }}
          onDoubleClick={(event) => event.stopPropagation()}
          sx={{ color: 'text.secondary', p: '3px' }}
        >
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

function RowMenu({ target, onClose, onCommand }: { target: { anchor: HTMLElement; row: ImageSummary } | null; onClose(): void; onCommand(command: ImageCommand, row: ImageSummary): void }) {
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
      () => notify({ severity: 'success', title: what === 'id' ? `Copied the image id` : `Copied ${text}` }),
      (error: unknown) => notifyError('Could not copy', error),
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
      {item(then('open'), <InfoOutlined fontSize="small" />, 'Details')}
      {item(then('history'), <HistoryOutlined fontSize="small" />, 'History')}
      {item(then('inspect'), <DataObjectOutlined fontSize="small" />, 'Inspect')}
      {item(then('save'), <SaveAltOutlined fontSize="small" />, 'Save to a file…')}
      {item(then('pull'), <SyncOutlined fontSize="small" />, 'Pull again', !tagged)}
      {item(copy('reference'), <ContentCopyOutlined fontSize="small" />, 'Copy reference')}
      {item(copy('id'), <ContentCopyOutlined fontSize="small" />, 'Copy ID')}
    </Menu>
  );
}

/** Keys pressed on a control inside a row belong to that control, not to the grid's navigation. */
function stopRowKeys(event: KeyboardEvent) {
  if (event.key !== 'Tab') event.stopPropagation();
}
