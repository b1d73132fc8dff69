import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { GridHeaderRow, SelectAllHeaderCell, SortHeaderCell } from '../../components/grid/grid-parts';
import { columns, gridTemplateSpec } from './columns';
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
  const { t } = useTranslation('containers');
  return (
    <GridHeaderRow template={gridTemplateSpec} cellPadding={1}>
      {columns.map((column) => {
        if (column.id === 'select') {
          return <SelectAllHeaderCell key={column.id} label={t('grid.selectAll')} selectable={selectable} selectedCount={selectedCount} onToggleAll={onToggleAll} />;
        }
        if (column.id === 'actions' || column.id === 'cpu' || column.id === 'memory' || !column.sortable) {
          return (
            <Box role="columnheader" key={column.id} sx={column.id === 'actions' ? { textAlign: 'right', pr: '16px !important' } : undefined}>
              {t(`columns.${column.id}`)}
            </Box>
          );
        }
        return <SortHeaderCell key={column.id} label={t(`columns.${column.id}`)} sortKey={column.id} sort={sort} onSort={onSort} />;
      })}
    </GridHeaderRow>
  );
}
