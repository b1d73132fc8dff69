import Box from '@mui/material/Box';
import { alpha, type SxProps, type Theme } from '@mui/material/styles';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface GridSort<K extends string> {
  key: K;
  direction: 'asc' | 'desc';
}

export interface GridColumn<T, K extends string> {
  id: string;
  label: string;
  /** A CSS grid track. */
  width: string;
  /** The sort key this column's header sets; none: not sortable. */
  sortKey?: K;
  align?: 'left' | 'right';
  /** `tabbable`: whether controls in the cell take part in Tab order (only the focused row's do). */
  render(row: T, tabbable: boolean): ReactNode;
  /** The full text, shown on hover when the cell is cut short. */
  title?(row: T): string | undefined;
}

export interface ResourceGridProps<T, K extends string> {
  /** The grid's accessible name, e.g. "Volumes". */
  label: string;
  rows: readonly T[];
  columns: readonly GridColumn<T, K>[];
  rowKey(row: T): string;
  /** Each row's accessible name (the resource's name). */
  rowLabel(row: T): string;
  sort: GridSort<K>;
  onSort(key: K): void;
  /** Enter or double click on a row. */
  onOpen(row: T): void;
  /** The Delete key on a row (the page asks first). */
  onDelete?(row: T): void;
  /** Below this width the grid scrolls sideways instead of squeezing columns. */
  minWidth: number;
  rowHeight?: number;
}

const HEADER_HEIGHT = 34;

/**
 * A list of resources as an ARIA grid, virtualised (only the rows in view are in the DOM), with sortable
 * column headers that say their order. Keyboard: arrows, Home/End and PageUp/PageDown move the focused row,
 * Enter opens it, Delete asks to remove it, Tab reaches the controls of the focused row.
 */
export function ResourceGrid<T, K extends string>(props: ResourceGridProps<T, K>) {
  const { label, rows, columns, rowKey, rowLabel, sort, onSort, onOpen, onDelete, minWidth, rowHeight = 38 } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const template = columns.map((c) => c.width).join(' ');
  // The focused row is remembered by key, so that it survives sorting and live updates moving it.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const found = activeKey === null ? -1 : rows.findIndex((row) => rowKey(row) === activeKey);
  const activeIndex = found >= 0 ? found : 0;
  const pendingFocus = useRef<string | null>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).getAttribute('role') !== 'row') return; // keys on a control are the control's
    const row = rows[activeIndex];
    if (!row) return;
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row);
    } else if (event.key === 'Delete' && onDelete) {
      event.preventDefault();
      onDelete(row);
    }
  };

  return (
    <Box
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      onKeyDown={onKeyDown}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', position: 'relative', outline: 'none' }}
    >
      <Box sx={{ minWidth }}>
        <Box role="rowgroup" sx={{ position: 'sticky', top: 0, zIndex: 2 }}>
          <Box
            role="row"
            aria-rowindex={1}
            sx={(theme) => ({
              display: 'grid',
              gridTemplateColumns: template,
              alignItems: 'center',
              height: HEADER_HEIGHT,
              bgcolor: 'background.paper',
              borderBottom: `1px solid ${theme.palette.divider}`,
              fontSize: 12,
              fontWeight: 600,
              color: 'text.secondary',
              '& > [role="columnheader"]': { px: 1.25, whiteSpace: 'nowrap', overflow: 'hidden' },
            })}
          >
            {columns.map((column) => {
              const key = column.sortKey;
              const alignSx = column.align === 'right' ? { textAlign: 'right' as const } : undefined;
              if (!key) {
                return (
                  <Box role="columnheader" key={column.id} sx={alignSx}>
                    {column.label}
                  </Box>
                );
              }
              const sorted = sort.key === key;
              return (
                <Box role="columnheader" key={column.id} aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} sx={alignSx}>
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
            return (
              <GridRow
                key={rowKey(row)}
                row={row}
                rowName={rowLabel(row)}
                index={item.index}
                start={item.start - HEADER_HEIGHT}
                height={rowHeight}
                template={template}
                columns={columns}
                active={item.index === activeIndex}
                onFocusRow={() => setActiveKey(rowKey(row))}
                onOpen={onOpen}
              />
            );
          })}
        </Box>
      </Box>
    </Box>
  );
}

const rowSx = (height: number, template: string): SxProps<Theme> => (theme) => ({
  position: 'absolute',
  top: 0,
  left: 0,
  width: '100%',
  height,
  display: 'grid',
  gridTemplateColumns: template,
  alignItems: 'center',
  borderBottom: `1px solid ${theme.palette.divider}`,
  fontSize: 13,
  outline: 'none',
  cursor: 'default',
  '&:hover': { bgcolor: 'action.hover' },
  '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.palette.primary.main}`, bgcolor: alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.1 : 0.05) },
  '& > [role="gridcell"]': { px: 1.25, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

interface GridRowProps<T, K extends string> {
  row: T;
  rowName: string;
  index: number;
  start: number;
  height: number;
  template: string;
  columns: readonly GridColumn<T, K>[];
  active: boolean;
  onFocusRow(): void;
  onOpen(row: T): void;
}

function GridRow<T, K extends string>({ row, rowName, index, start, height, template, columns, active, onFocusRow, onOpen }: GridRowProps<T, K>) {
  return (
    <Box
      role="row"
      aria-label={rowName}
      aria-rowindex={index + 2}
      data-index={index}
      tabIndex={active ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusRow();
      }}
      onMouseDown={onFocusRow}
      onDoubleClick={() => onOpen(row)}
      style={{ transform: `translateY(${start}px)` }}
      sx={rowSx(height, template)}
    >
      {columns.map((column) => (
        <Box
          role="gridcell"
          key={column.id}
          title={column.title?.(row)}
          onDoubleClick={column.id === 'actions' ? (event) => event.stopPropagation() : undefined}
          sx={column.align === 'right' ? { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } : undefined}
        >
          {column.render(row, active)}
        </Box>
      ))}
    </Box>
  );
}
