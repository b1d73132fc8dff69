import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { ReactNode } from 'react';
import { EngineStatusChip } from '../features/engine';
import { PaletteButton } from '../features/palette';
import { JobsIndicator } from '../features/images';
import { ComposeJobsIndicator } from '../features/compose';
import { ConnectionBanner } from './ConnectionBanner';
import { routes } from '../../../shared/routes';
import { pages, type PageEntry } from './pages';
import { ThemeMenu } from './ThemeMenu';
import { useTranslation } from 'react-i18next';

/** The product's name, the same in every language. */
const PRODUCT = 'Berth';
const NAV_WIDTH = 188;
const NAV_FOLDED_WIDTH = 56;
/** Below this window width the side navigation shows icons only (each named, with a tooltip), for the lists' sake. */
const FOLD_NAV_BELOW = 1200;

/** Header (name, engine state, theme), side navigation, and the page. */
export function Layout({ current, children }: { current: PageEntry; children: ReactNode }) {
  const { t } = useTranslation();
  const folded = useMediaQuery(`(max-width: ${FOLD_NAV_BELOW - 0.02}px)`, { noSsr: true });
  return (
    <Box sx={{ height: '100%', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <AppBar position="static">
        <Toolbar variant="dense" sx={{ gap: 1.5, minHeight: 48 }}>
          <Box component="img" src="./favicon.svg" alt="" sx={{ width: 22, height: 22 }} />
          <Typography component="div" sx={{ fontWeight: 700, fontSize: 15, letterSpacing: 0.2 }}>
            {PRODUCT}
          </Typography>
          <Box sx={{ flex: 1 }} />
          <PaletteButton />
          <JobsIndicator />
          <ComposeJobsIndicator />
          <EngineStatusChip />
          <ThemeMenu />
        </Toolbar>
      </AppBar>
      <ConnectionBanner />
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <Box
          component="nav"
          aria-label={t('nav.label')}
          sx={{ width: folded ? NAV_FOLDED_WIDTH : NAV_WIDTH, flexShrink: 0, borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper', p: 1 }}
        >
          <List dense disablePadding>
            {pages.map((item) => {
              const Icon = item.icon;
              const selected = item === current;
              const link = (
                <ListItemButton
                  key={item.section}
                  aria-label={folded ? t(`nav.${item.section}`) : undefined}
                  component="a"
                  href={routes.section(item.section)}
                  // The page's code starts loading as the pointer or focus reaches its link.
                  onPointerEnter={() => void item.page.preload()}
                  onFocus={() => void item.page.preload()}
                  selected={selected}
                  aria-current={selected ? 'page' : undefined}
                  sx={{ mb: 0.25, ...(folded && { justifyContent: 'center', px: 1 }) }}
                >
                  <ListItemIcon sx={{ minWidth: folded ? 0 : 32 }}>
                    <Icon fontSize="small" />
                  </ListItemIcon>
                  {!folded && <ListItemText primary={t(`nav.${item.section}`)} slotProps={{ primary: { sx: { fontSize: 13, fontWeight: selected ? 600 : 400 } } }} />}
                </ListItemButton>
              );
              return folded ? (
                <Tooltip key={item.section} title={t(`nav.${item.section}`)} placement="right">
                  {link}
                </Tooltip>
              ) : (
                link
              );
            })}
          </List>
        </Box>
        <Box component="main" sx={{ flex: 1, minWidth: 0, minHeight: 0 }}>
          {children}
        </Box>
      </Box>
    </Box>
  );
}
