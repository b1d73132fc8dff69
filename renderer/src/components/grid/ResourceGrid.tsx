import Box from '@mui/material/Box';
import { alpha, keyframes, type SxProps, type Theme } from '@mui/material/styles';
import { useEffect, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GRID_HEADER_HEIGHT,
  GridHeaderRow,
  SelectAllHeaderCell,
  SelectCell,
  SortHeaderCell,
  gridRowSx,
  isRowKey,
  rowPosition,
  stopRowKeys,
  useGridNavigation,
  type GridSort,
} from './grid-parts';

export type { GridSort } from './grid-parts';
import { gridContainerSx, gridTemplate, type GridTemplate } from './grid-template';

export interface GridColumn<T, K extends string> {
  id: string;
  label: string;
  /** A CSS grid track. */
  width: string;
  /** Its track while the grid is narrower than `narrowBelow`; null: left out then. */
  narrow?: string | null;
  /** The sort key this column's header sets; none: not sortable. */
  sortKey?: K;
  align?: 'left' | 'right';
  /** `tabbable`: whether controls in the cell take part in Tab order (only the focused row's do). */
  render(row: T, tabbable: boolean): ReactNode;
  /** The full text, shown on hover when the cell is cut short. */
  title?(row: T): string | undefined;
  /** The cells' own style, and the header's. */
  sx?: SxProps<Theme>;
  headerSx?: SxProps<Theme>;
  /** A cell's style that depends on its row. */
  cellSx?(row: T): SxProps<Theme>;
  /** Keys pressed in the cell are its controls' alone (they do not reach the grid or the page). */
  ownKeys?: boolean;
}

/** Checkboxes in a first column, Space on a row and select-all in the header. */
interface GridSelection {
  selected: ReadonlySet<string>;
  onChange(next: ReadonlySet<string>): void;
  /** The header checkbox's accessible name, e.g. "Select all images". */
  allLabel: string;
}

interface ResourceGridProps<T, K extends string> {
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
  /** Below this width of the grid the columns' `narrow` tracks apply. */
  narrowBelow?: number;
  rowHeight?: number;
  /** The cells' padding left and right, in spacing units. */
  cellPadding?: number;
  overscan?: number;
  selection?: GridSelection;
  /** Rows marked for a while (e.g. what a build just made). */
  highlighted?(row: T): boolean;
  /** A row to bring into view and make the focused one; a change to it scrolls again. */
  revealKey?: string | null;
  /** Room to leave after the last row (for a floating selection bar). */
  endSpace?: number;
  /** Anything else inside the grid (e.g. a row's menu). */
  children?: ReactNode;
}

const SELECT_WIDTH = '40px';

/**
 * A list of resources as an ARIA grid, virtualised (only the rows in view are in the DOM), with sortable
 * column headers that say their order. Keyboard: arrows, Home/End and PageUp/PageDown move the focused row,
 * Enter opens it, Space selects it (with a selection), Delete asks to remove it, Tab reaches the controls of
 * the focused row.
 */
export function ResourceGrid<T, K extends string>(props: ResourceGridProps<T, K>) {
  const { label, rows, columns, rowKey, rowLabel, sort, onSort, onOpen, onDelete, minWidth, rowHeight = 38, cellPadding = 1.25, overscan = 10 } = props;
  const { selection, highlighted, revealKey = null, endSpace = 0, children } = props;
  const { narrowBelow } = props;
  const { t } = useTranslation('components');
  const template = useMemo(
    () => gridTemplate([...(selection ? [{ id: 'select', width: SELECT_WIDTH }] : []), ...columns], narrowBelow),
    [columns, selection, narrowBelow],
  );
  const { scrollRef, virtualizer, activeIndex, setActiveKey, moveByKey } = useGridNavigation({ rows, rowKey, rowHeight, overscan, endSpace });
  const rowSx = useMemo(() => resourceRowSx(rowHeight, template, cellPadding, selection !== undefined), [rowHeight, template, cellPadding, selection]);

  // A row asked to be shown: scroll to it and make it the focused row.
  useEffect(() => {
    if (revealKey === null) return;
    const index = rows.findIndex((row) => rowKey(row) === revealKey);
    if (index < 0) return;
    setActiveKey(revealKey);
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [revealKey, rows, rowKey, setActiveKey, virtualizer]);

  const toggle = (key: string) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    selection.onChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isRowKey(event)) return;
    const row = rows[activeIndex];
    if (!row) return;
    if (moveByKey(event.key)) {
      event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row);
    } else if (event.key === ' ' && selection) {
      event.preventDefault();
      toggle(rowKey(row));
    } else if (event.key === 'Delete' && onDelete) {
      event.preventDefault();
      onDelete(row);
    }
  };

  const selectedCount = selection ? rows.filter((row) => selection.selected.has(rowKey(row))).length : 0;
  const allSelected = rows.length > 0 && selectedCount === rows.length;

  return (
    <Box
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + (selection ? 1 : 0)}
      aria-multiselectable={selection ? true : undefined}
      onKeyDown={onKeyDown}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', position: 'relative', outline: 'none', ...gridContainerSx }}
    >
      <Box sx={{ minWidth }}>
        <GridHeaderRow template={template} cellPadding={cellPadding}>
          {selection && (
            <SelectAllHeaderCell
              label={selection.allLabel}
              selectable={rows.length}
              selectedCount={selectedCount}
              onToggleAll={() => selection.onChange(allSelected ? new Set() : new Set(rows.map(rowKey)))}
            />
          )}
          {columns.map((column) => {
            const sx = withSx(column.align === 'right' ? { textAlign: 'right' } : undefined, column.headerSx);
            return column.sortKey ? (
              <SortHeaderCell key={column.id} label={column.label} sortKey={column.sortKey} sort={sort} onSort={onSort} sx={sx} />
            ) : (
              <Box role="columnheader" key={column.id} sx={sx}>
                {column.label}
              </Box>
            );
          })}
        </GridHeaderRow>
        <Box role="rowgroup" sx={{ position: 'relative', height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const key = rowKey(row);
            const active = item.index === activeIndex;
            const name = rowLabel(row);
            return (
              <Box
                key={key}
                role="row"
                aria-label={name}
                aria-rowindex={item.index + 2}
                aria-selected={selection ? selection.selected.has(key) : undefined}
                data-index={item.index}
                data-highlight={highlighted?.(row) || undefined}
                tabIndex={active ? 0 : -1}
                onFocus={(event) => {
                  if (event.target === event.currentTarget) setActiveKey(key);
                }}
                onMouseDown={() => setActiveKey(key)}
                onDoubleClick={() => onOpen(row)}
                style={rowPosition(item.start - GRID_HEADER_HEIGHT)}
                sx={rowSx}
              >
                {selection && <SelectCell label={t('grid.select', { name })} checked={selection.selected.has(key)} tabbable={active} onToggle={() => toggle(key)} />}
                {columns.map((column) => (
                  <Box
                    role="gridcell"
                    key={column.id}
                    title={column.title?.(row)}
                    onDoubleClick={column.id === 'actions' ? (event) => event.stopPropagation() : undefined}
                    onKeyDown={column.ownKeys ? stopRowKeys : undefined}
                    sx={withSx(withSx(column.align === 'right' ? { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } : undefined, column.sx), column.cellSx?.(row))}
                  >
                    {column.render(row, active)}
                  </Box>
                ))}
              </Box>
            );
          })}
        </Box>
      </Box>
      {children}
    </Box>
  );
}

function withSx(base: SxProps<Theme> | undefined, extra: SxProps<Theme> | undefined): SxProps<Theme> | undefined {
  if (extra === undefined) return base;
  if (base === undefined) return extra;
  return [base, ...(Array.isArray(extra) ? extra : [extra])] as SxProps<Theme>;
}

const flash = keyframes`
  from { box-shadow: inset 4px 0 0 0 var(--berth-flash); }
  to { box-shadow: inset 4px 0 0 0 transparent; }
`;

/** With a selection the selection's colour shows on the focused row; without, the focus tints it. */
function resourceRowSx(height: number, template: GridTemplate, cellPadding: number, selectable: boolean): SxProps<Theme> {
  return [
    gridRowSx(height, template, cellPadding),
    (theme) => ({
      ...(!selectable && { '&:focus-visible': { boxShadow: `inset 0 0 0 2px ${theme.palette.primary.main}`, bgcolor: alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.1 : 0.05) } }),
      '&[data-highlight="true"]': {
        '--berth-flash': theme.palette.success.main,
        bgcolor: alpha(theme.palette.success.main, theme.palette.mode === 'dark' ? 0.16 : 0.1),
        boxShadow: `inset 4px 0 0 0 ${theme.palette.success.main}`,
        animation: `${flash} 6s ease-out forwards`,
      },
    }),
  ] as SxProps<Theme>;
}
