import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { monoFont } from './theme';

/** Code-like values (ids, paths, commands) in a list of facts. */
export const factMono = { fontFamily: monoFont, fontSize: 12 } as const;

/** A titled list of facts (an overview tab's section): a heading, then label/value rows. */
export function FactSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title}>
      <Typography variant="subtitle2" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: '130px 1fr', rowGap: 1, columnGap: 2 }}>
        {children}
      </Box>
    </Box>
  );
}

/** One fact; an empty value shows `empty` (a dash by default) greyed out. */
export function Fact({ label, children, empty = '—' }: { label: string; children: ReactNode; empty?: string }) {
  const isEmpty = children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <>
      <Box component="dt" sx={{ color: 'text.secondary', fontSize: 12, pt: '2px' }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, minWidth: 0, fontSize: 13, wordBreak: 'break-word' }}>
        {isEmpty ? <Box component="span" sx={{ color: 'text.disabled' }}>{empty}</Box> : children}
      </Box>
    </>
  );
}

/** A command or entrypoint as the engine keeps it (a JSON list of words). */
export function Words({ list }: { list: readonly string[] | null }) {
  if (!list || list.length === 0) return null;
  return <Box component="code" sx={factMono}>{JSON.stringify(list)}</Box>;
}
