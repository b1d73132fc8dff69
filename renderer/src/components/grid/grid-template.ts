import type { CSSObject } from '@mui/material/styles';

/** The CSS container every grid's scroller is: column sets follow the grid's own width, not the window's. */
export const GRID_CONTAINER = 'berth-grid';

export interface TrackSpec {
  id: string;
  /** A CSS grid track. */
  width: string;
  /** Its track when the grid is narrow; null: the column is left out then (what it says is elsewhere too). */
  narrow?: string | null;
}

/**
 * A grid's column tracks, and a narrower set used while the grid is less than `narrowBelow` px wide: at
 * 1024 px the lists keep every row action and the columns that matter in view instead of scrolling sideways.
 * A CSS container query rather than a measured width, so narrowing re-renders nothing.
 */
export interface GridTemplate {
  tracks: string;
  /** `hidden`: the left-out columns' positions (from 1), as the cells of every row come in column order. */
  narrow?: { below: number; tracks: string; hidden: readonly number[] };
}

export function gridTemplate(columns: readonly TrackSpec[], narrowBelow?: number): GridTemplate {
  const tracks = columns.map((column) => column.width).join(' ');
  if (narrowBelow === undefined || columns.every((column) => column.narrow === undefined)) return { tracks };
  return {
    tracks,
    narrow: {
      below: narrowBelow,
      tracks: columns.flatMap((column) => (column.narrow === null ? [] : [column.narrow ?? column.width])).join(' '),
      hidden: columns.flatMap((column, index) => (column.narrow === null ? [index + 1] : [])),
    },
  };
}

/** The style of a header row or a row: its tracks, and the narrow ones with the left-out cells hidden. */
export function templateSx(template: GridTemplate): CSSObject {
  const { narrow } = template;
  if (!narrow) return { gridTemplateColumns: template.tracks };
  const hidden = Object.fromEntries(narrow.hidden.map((position) => [`& > :nth-child(${position})`, { display: 'none' }]));
  return {
    gridTemplateColumns: template.tracks,
    [`@container ${GRID_CONTAINER} (max-width: ${narrow.below - 0.02}px)`]: { gridTemplateColumns: narrow.tracks, ...hidden },
  };
}

/** The scroller's part: it is the container the rows' queries measure. */
export const gridContainerSx: CSSObject = { containerType: 'inline-size', containerName: GRID_CONTAINER };
