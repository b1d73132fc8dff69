import { monoFont } from '../../../components/theme';

/** The Layers tab's tables: compact rows, numbers right-aligned, paths in the code font and broken anywhere. */
export const layerTableSx = {
  width: '100%',
  borderCollapse: 'collapse',
  fontSize: 13,
  '& th, & td': { px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', textAlign: 'left', verticalAlign: 'top' },
  '& th': { fontSize: 12, color: 'text.secondary', fontWeight: 600 },
  '& td.num, & th.num': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  '& td.path': { fontFamily: monoFont, fontSize: 12, wordBreak: 'break-all' },
} as const;
