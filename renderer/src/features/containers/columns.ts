import type { SortKey } from './view-rows';

interface Column {
  id: 'select' | SortKey | 'cpu' | 'memory' | 'actions';
  label: string;
  /** A CSS grid track. */
  width: string;
  sortable: boolean;
}

/**
 * The grid's columns; one CSS grid template lines up the header and every row. Ports is wide enough for
 * "127.0.0.1:32768→80 +2" whole (it was cut off at 1440 px).
 */
export const columns: readonly Column[] = [
  { id: 'select', label: 'Select', width: '40px', sortable: false },
  { id: 'name', label: 'Name', width: 'minmax(150px, 1.6fr)', sortable: true },
  { id: 'image', label: 'Image', width: 'minmax(130px, 1.3fr)', sortable: true },
  { id: 'state', label: 'State', width: '112px', sortable: true },
  { id: 'status', label: 'Status', width: 'minmax(145px, 1.3fr)', sortable: true },
  { id: 'ports', label: 'Ports', width: 'minmax(170px, 1.2fr)', sortable: true },
  { id: 'cpu', label: 'CPU', width: '64px', sortable: false },
  { id: 'memory', label: 'Memory', width: '84px', sortable: false },
  { id: 'created', label: 'Created', width: '108px', sortable: true },
  { id: 'actions', label: 'Actions', width: '172px', sortable: false },
];

export const gridTemplateColumns = columns.map((column) => column.width).join(' ');
/** Below this the grid scrolls sideways instead of squeezing columns. */
export const gridMinWidth = 1170;
export const ROW_HEIGHT = 36;
