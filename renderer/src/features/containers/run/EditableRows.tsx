import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import type { ReactNode } from 'react';

/**
 * Rows of the run form edited in place (ports, volumes): each row's fields on one grid line with its Remove
 * button, then the Add button. `cells` draws a row's fields, given the way to change that row.
 */
export function EditableRows<T>({
  rows,
  onChange,
  newRow,
  addLabel,
  removeLabel,
  columns,
  removeMargin = () => 0.5,
  cells,
}: {
  rows: readonly T[];
  onChange(rows: T[]): void;
  newRow(): T;
  /** The Add button's words ("Add port"). */
  addLabel: string;
  /** The Remove button's accessible name for row `n` (1-based): "Remove port 2". */
  removeLabel(n: number): string;
  /** The grid's columns, the Remove button's last. */
  columns: string;
  /** The Remove button's top margin (the first row has labels above its fields). */
  removeMargin?(index: number): number;
  cells(row: T, index: number, update: (patch: Partial<T>) => void): ReactNode;
}) {
  return (
    <>
      {rows.map((row, index) => (
        <Box key={index} sx={{ display: 'grid', gridTemplateColumns: columns, gap: 1, alignItems: 'flex-start' }}>
          {cells(row, index, (patch) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r))))}
          <IconButton aria-label={removeLabel(index + 1)} onClick={() => onChange(rows.filter((_, i) => i !== index))} sx={{ mt: removeMargin(index) }}>
            <CloseOutlined fontSize="small" />
          </IconButton>
        </Box>
      ))}
      <Box>
        <Button startIcon={<AddOutlined fontSize="small" />} onClick={() => onChange([...rows, newRow()])}>
          {addLabel}
        </Button>
      </Box>
    </>
  );
}
