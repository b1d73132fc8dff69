import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The list a detail page belongs to: "Containers" at `#/containers`. */
interface DetailSection {
  label: string;
  href: string;
}

/**
 * The head of every detail page: back to the list, the thing's name (the page's h1) with its chips, a
 * breadcrumb line (the list, then `trail`), and its actions on the right.
 */
export function DetailHeader({ section, title, titleTooltip, titleSx, chips, trail, children }: { section: DetailSection; title: ReactNode; titleTooltip?: string; titleSx?: SxProps<Theme>; chips?: ReactNode; trail: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation('components');
  const back = t('detail.back', { section: section.label.toLowerCase() });
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, pt: 1.25, pb: 1 }}>
      <Tooltip title={back}>
        <IconButton aria-label={back} href={section.href}>
          <ArrowBack fontSize="small" />
        </IconButton>
      </Tooltip>
      {/* The name gives way first (cut with an ellipsis, whole on hover), down to a readable part of it. */}
      <Box sx={{ flex: '1 1 auto', minWidth: 180 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
          <Typography variant="h6" component="h1" noWrap title={titleTooltip ?? (typeof title === 'string' ? title : undefined)} sx={[{ lineHeight: 1.3 }, ...(Array.isArray(titleSx) ? titleSx : [titleSx])]}>
            {title}
          </Typography>
          {chips}
        </Box>
        <Typography variant="caption" color="text.secondary" component="div" noWrap>
          <Link href={section.href} underline="hover" color="inherit">
            {section.label}
          </Link>
          {trail}
        </Typography>
      </Box>
      {/* Then the actions wrap onto a second line rather than squeeze their labels. */}
      <Box
        sx={{
          flex: '0 1 auto',
          minWidth: 0,
          display: 'flex',
          justifyContent: 'flex-end',
          '& [role="toolbar"]': { flexWrap: 'wrap', justifyContent: 'flex-end', rowGap: 0.5 },
          '& .MuiButton-root': { flexShrink: 0, whiteSpace: 'nowrap' },
        }}
      >
        {children}
      </Box>
    </Box>
  );
}

/** A detail page whose thing is not there (any more), or could not be read: said, with the way back to its list. */
export function DetailGone({ section, children, severity = 'info' }: { section: DetailSection; children: ReactNode; severity?: 'info' | 'error' }) {
  const { t } = useTranslation('components');
  return (
    <Box sx={{ p: 3 }}>
      <Alert severity={severity} action={<Button color="inherit" href={section.href}>{t('detail.back', { section: section.label.toLowerCase() })}</Button>}>
        {children}
      </Alert>
    </Box>
  );
}

/**
 * The body of a tabbed detail page: the tabs (each `<prefix>tab-<id>`, controlling `<prefix>panel-<id>`) over
 * the panels, which `children` renders.
 */
export function DetailTabs<T extends string>({ tabs, value, onChange, label, idPrefix = '', children }: { tabs: readonly { id: T; label: string }[]; value: T; onChange(tab: T): void; label: string; idPrefix?: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
      <Tabs
        value={value}
        onChange={(_event, next: T) => onChange(next)}
        aria-label={label}
        sx={{ minHeight: 40, borderBottom: 1, borderColor: 'divider', px: 1, '& .MuiTab-root': { minHeight: 40, py: 0, fontSize: 13 } }}
      >
        {tabs.map((t) => (
          <Tab key={t.id} value={t.id} label={t.label} id={`${idPrefix}tab-${t.id}`} aria-controls={`${idPrefix}panel-${t.id}`} />
        ))}
      </Tabs>
      {children}
    </Paper>
  );
}
