import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import { alpha, type SxProps, type Theme } from '@mui/material/styles';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { formatRelative } from '../../lib/time';
import { useClockText } from '../../lib/useNow';
import { templateSx, type GridTemplate } from './grid-template';

/** The pieces every resource grid (containers, images, volumes, networks) is made of. */

export const GRID_HEADER_HEIGHT = 34;

export interface GridSort<K extends string> {
  key: K;
  direction: 'asc' | 'desc';
}

interface GridNavigationOptions<T> {
  rows: readonly T[];
  rowKey(row: T): string;
  rowHeight: number;
  overscan: number;
  /** Room to leave after the last row (for a floating selection bar). */
  endSpace?: number;
}

/**
 * Virtualisation and the focused row of a grid whose sticky header sits above the rows in the same scroller.
 * The focused row is remembered by key, so that it survives sorting and live updates moving it; `moveByKey`
 * handles the arrows, Home/End and PageUp/PageDown.
 */
export function useGridNavigation<T>({ rows, rowKey, rowHeight, overscan, endSpace = 0 }: GridNavigationOptions<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const found = activeKey === null ? -1 : rows.findIndex((row) => rowKey(row) === activeKey);
  const activeIndex = found >= 0 ? found : 0;
  const pendingFocus = useRef<string | null>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; rows re-render with it
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // Rows start below the sticky header, and a row scrolled to must not end up hidden under it.
    scrollMargin: GRID_HEADER_HEIGHT,
    scrollPaddingStart: GRID_HEADER_HEIGHT,
    paddingEnd: endSpace,
    scrollPaddingEnd: endSpace,
    getItemKey: (index) => (rows[index] ? rowKey(rows[index]) : index),
  });

  // After a keyboard move the target row may only exist once the virtualizer has scrolled to it.
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

  const moveTo = (index: number) => {
    const targetIndex = Math.max(0, Math.min(rows.length - 1, index));
    const target = rows[targetIndex];
    if (!target) return;
    const key = rowKey(target);
    setActiveKey(key);
    pendingFocus.current = key;
    virtualizer.scrollToIndex(targetIndex, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${targetIndex}"]`)?.focus({ preventScroll: true });
  };

  /** Moves the focused row for the arrows, Home/End and PageUp/PageDown; false for any other key. */
  const moveByKey = (key: string): boolean => {
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - GRID_HEADER_HEIGHT) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
    };
    if (!(key in moves)) return false;
    moveTo(moves[key]!);
    return true;
  };

  const focusRow = useCallback((index: number) => setActiveKey(rows[index] ? rowKey(rows[index]) : null), [rows, rowKey]);

  return { scrollRef, virtualizer, activeIndex, setActiveKey, moveTo, moveByKey, focusRow };
}

/** Whether a key event is the grid's: keys pressed on a control inside a row are that control's. */
export function isRowKey(event: KeyboardEvent): boolean {
  return (event.target as HTMLElement).getAttribute('role') === 'row';
}

/** Keys pressed on a control inside a row belong to that control, not to the grid's navigation. */
export function stopRowKeys(event: KeyboardEvent) {
  if (event.key !== 'Tab') event.stopPropagation();
}

/** The sticky header row; `cellPadding`: the cells' padding left and right, in spacing units. */
export function GridHeaderRow({ template, cellPadding, children }: { template: GridTemplate; cellPadding: number; children: ReactNode }) {
  return (
    <Box role="rowgroup" sx={{ position: 'sticky', top: 0, zIndex: 2 }}>
      <Box
        role="row"
        aria-rowindex={1}
        sx={(theme) => ({
          display: 'grid',
          ...templateSx(template),
          alignItems: 'center',
          height: GRID_HEADER_HEIGHT,
          bgcolor: 'background.paper',
          borderBottom: `1px solid ${theme.palette.divider}`,
          fontSize: 12,
          fontWeight: 600,
          color: 'text.secondary',
          '& > [role="columnheader"]': { px: cellPadding, whiteSpace: 'nowrap', overflow: 'hidden' },
        })}
      >
        {children}
      </Box>
    </Box>
  );
}

/** A column header that sorts by `sortKey` and says the order with aria-sort. */
export function SortHeaderCell<K extends string>({ label, sortKey, sort, onSort, sx }: { label: string; sortKey: K; sort: GridSort<K>; onSort(key: K): void; sx?: SxProps<Theme> }) {
  const sorted = sort.key === sortKey;
  return (
    <Box role="columnheader" aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} sx={sx}>
      {/* A longer language's label is cut with an ellipsis inside its column, the whole of it on hover. */}
      <TableSortLabel active={sorted} direction={sorted ? sort.direction : 'asc'} onClick={() => onSort(sortKey)} title={label} sx={{ fontSize: 12, fontWeight: 600, maxWidth: '100%' }}>
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>
          {label}
        </Box>
      </TableSortLabel>
    </Box>
  );
}

/** The header's select-all checkbox, for `selectable` rows of which `selectedCount` are selected. */
export function SelectAllHeaderCell({ label, selectable, selectedCount, onToggleAll }: { label: string; selectable: number; selectedCount: number; onToggleAll(): void }) {
  const allSelected = selectable > 0 && selectedCount === selectable;
  return (
    <Box role="columnheader" sx={{ pl: '4px !important' }}>
      <Checkbox
        checked={allSelected}
        indeterminate={selectedCount > 0 && !allSelected}
        disabled={selectable === 0}
        onChange={onToggleAll}
        slotProps={{ input: { 'aria-label': label } }}
        sx={{ p: '4px' }}
      />
    </Box>
  );
}

/** A row's checkbox cell; in Tab order only on the focused row. */
export function SelectCell({ label, checked, indeterminate, tabbable, onToggle, onClick }: { label: string; checked: boolean; indeterminate?: boolean; tabbable: boolean; onToggle(): void; onClick?(event: MouseEvent): void }) {
  return (
    <Box role="gridcell" sx={{ pl: '4px !important' }} onClick={onClick}>
      <Checkbox
        checked={checked}
        indeterminate={indeterminate}
        tabIndex={tabbable ? 0 : -1}
        onChange={onToggle}
        onKeyDown={stopRowKeys}
        slotProps={{ input: { 'aria-label': label } }}
        sx={{ p: '4px' }}
      />
    </Box>
  );
}

type ThemeStyle = Extract<SxProps<Theme>, (theme: Theme) => unknown>;

/** A virtualised row: placed absolutely, laid out on the header's grid template. */
export function gridRowSx(height: number, template: GridTemplate, cellPadding: number): ThemeStyle {
  return (theme) => ({
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height,
    display: 'grid',
    ...templateSx(template),
    alignItems: 'center',
    borderBottom: `1px solid ${theme.palette.divider}`,
    fontSize: 13,
    outline: 'none',
    cursor: 'default',
    '&:hover': { bgcolor: 'action.hover' },
    '&[aria-selected="true"]': { bgcolor: alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.16 : 0.08) },
    '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.palette.primary.main}` },
    '& > [role="gridcell"]': { px: cellPadding, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  });
}

/** A virtualised row's place: `start` pixels below the first row. */
export function rowPosition(start: number): CSSProperties {
  return { transform: `translateY(${start}px)` };
}

/** "3 minutes ago", aged by the shared clock; re-renders only when the wording changes. */
export function RelativeTime({ at }: { at: number }) {
  return useClockText((now) => formatRelative(at, now));
}
