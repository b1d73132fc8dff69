import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { monoFont } from '../../components/theme';
import type { PaletteItem } from './palette-items';
import { highlightRuns, type Ranked } from './palette-match';

/** The palette's listbox: results under their group headings, the matched letters in bold, the active one marked. */
export function PaletteResults({
  id,
  results,
  activeIndex,
  target,
  emptyText,
  optionId,
  onHover,
  onRun,
}: {
  id: string;
  results: readonly Ranked<PaletteItem>[];
  activeIndex: number;
  /** The item whose actions are listed, if any. */
  target: PaletteItem | null;
  emptyText: string;
  optionId(item: PaletteItem): string;
  onHover(index: number): void;
  onRun(item: PaletteItem): void;
}) {
  const { t } = useTranslation('palette');
  return (
    <Box id={id} role="listbox" aria-label={target ? t('actionsFor', { title: target.title }) : t('results')} sx={{ overflow: 'auto', py: 0.5, flex: 1 }}>
      {results.length === 0 && (
        <Typography role="status" variant="body2" color="text.secondary" sx={{ px: 2, py: 3, textAlign: 'center' }}>
          {emptyText}
        </Typography>
      )}
      {results.map((result, index) => {
        const item = result.item;
        const heading = !target && item.group !== results[index - 1]?.item.group ? item.group : null;
        const selected = index === activeIndex;
        return (
          <Fragment key={item.id}>
            {heading && (
              <Typography role="presentation" variant="caption" color="text.secondary" sx={{ display: 'block', px: 2, pt: 1, pb: 0.25, fontWeight: 600, letterSpacing: 0.3 }}>
                {t(`groups.${heading}`)}
              </Typography>
            )}
            <Box
              id={optionId(item)}
              role="option"
              aria-selected={selected}
              aria-label={target ? `${item.title} ${target.title}` : `${item.title}${item.detail ? `, ${item.detail}` : ''}`}
              onMouseMove={() => index !== activeIndex && onHover(index)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onRun(item)}
              sx={(theme) => ({
                display: 'flex',
                alignItems: 'center',
                gap: 1.5,
                mx: 1,
                px: 1.25,
                py: 0.75,
                borderRadius: 1,
                cursor: 'pointer',
                bgcolor: selected ? alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.22 : 0.1) : undefined,
              })}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography variant="body2" noWrap sx={{ fontWeight: item.group === 'actions' ? 500 : 400 }}>
                  {highlightRuns(item.title, result.positions).map((run, i) =>
                    run.match ? (
                      <Box key={i} component="span" sx={{ fontWeight: 700, color: 'primary.main' }}>
                        {run.text}
                      </Box>
                    ) : (
                      <Fragment key={i}>{run.text}</Fragment>
                    ),
                  )}
                </Typography>
                {item.detail && (
                  <Typography variant="caption" color="text.secondary" noWrap component="div" sx={item.group === 'runAgain' ? { fontFamily: monoFont, fontSize: 11 } : undefined}>
                    {item.detail}
                  </Typography>
                )}
              </Box>
              {!target && item.actions && selected && (
                <Typography variant="caption" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', whiteSpace: 'nowrap' }}>
                  {t('actionsHint')}
                  <ChevronRight sx={{ fontSize: 16 }} />
                </Typography>
              )}
            </Box>
          </Fragment>
        );
      })}
    </Box>
  );
}
