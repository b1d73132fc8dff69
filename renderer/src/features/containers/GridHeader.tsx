import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import TableSortLabel from '@mui/material/TableSortLabel';
import { HEADER_HEIGHT, columns, gridTemplateColumns } from './columns';
import type { Sort, SortKey } from './view-rows';

/**
 * The sticky header row: select-all (for what the filter and search let through) and sortable column
 * headers that say their order with aria-sort.
 */
export function GridHeader({
  sort,
  onSort,
  selectable,
  selectedCount,
  onToggleAll,
}: {
  sort: Sort;
  onSort(key: SortKey): void;
  /** How many containers select-all would select. */
  selectable: number;
  selectedCount: number;
  onToggleAll(): void;
}) {
  const allSelected = selectable > 0 && selectedCount === selectable;
  return (
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
                  disabled={selectable === 0}
                  onChange={onToggleAll}
                  slotProps={{ input: { 'aria-label': 'Select all containers' } }}
                  sx={{ p: '4px' }}
                />
              </Box>
            );
          }
          if (column.id === 'actions' || column.id === 'cpu' || column.id === 'memory' || !column.sortable) {
            return (
              <Box role="columnheader" key={column.id} sx={column.id === 'actions' ? { textAlign: 'right', pr: '16px !important' } : undefined}>
                {column.label}
              </Box>
            );
          }
          const key = column.id;
          const sorted = sort.key === key;
          return (
            <Box role="columnheader" key={key} aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <TableSortLabel
                active={sorted}
                direction={sorted ? sort.direction : 'asc'}
                onClick={() => onSort(key)}
                sx={{ fontSize: 12, fontWeight: 600 }}
              >
                {column.label}
              </TableSortLabel>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
