import { gridTemplate, type TrackSpec } from '../../components/grid/grid-template';
import type { SortKey } from './view-rows';

interface Column extends TrackSpec {
  /** Also its header's key, `columns.<id>` in the containers namespace. */
  id: 'select' | SortKey | 'cpu' | 'memory' | 'actions';
  sortable: boolean;
}

/**
 * The grid's columns; one CSS grid template lines up the header and every row. Ports is wide enough for
 * "127.0.0.1:32768→80 +2" whole (it was cut off at 1440 px). Narrow (at 1024 px, with the side navigation
 * folded): Status is left out (the State chip says running or exited with its code, the row's page says the
 * rest) and names and images give up width, so every column after them and every row action stay in view.
 */
export const columns: readonly Column[] = [
  { id: 'select', width: '40px', sortable: false },
  { id: 'name', width: 'minmax(150px, 1.6fr)', narrow: 'minmax(120px, 1.6fr)', sortable: true },
  { id: 'image', width: 'minmax(130px, 1.3fr)', narrow: 'minmax(100px, 1.3fr)', sortable: true },
  { id: 'state', width: '112px', narrow: '108px', sortable: true },
  { id: 'status', width: 'minmax(145px, 1.3fr)', narrow: null, sortable: true },
  { id: 'ports', width: 'minmax(170px, 1.2fr)', narrow: 'minmax(150px, 1.2fr)', sortable: true },
  { id: 'cpu', width: '64px', narrow: '60px', sortable: false },
  { id: 'memory', width: '84px', narrow: '80px', sortable: false },
  { id: 'created', width: '108px', narrow: '100px', sortable: true },
  { id: 'actions', width: '172px', narrow: '164px', sortable: false },
];

/** Below the wide columns' least width (1,175 px) the narrow set applies. */
export const gridTemplateSpec = gridTemplate(columns, 1175);
/** Below this the grid scrolls sideways instead of squeezing columns (the narrow set's least width). */
export const gridMinWidth = 922;
export const ROW_HEIGHT = 36;
