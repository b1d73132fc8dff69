import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import InputBase from '@mui/material/InputBase';
import { useEffect, useId, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ImageSummary } from '../../../../shared/contract/images';
import { monoFont } from '../../components/theme';
import type { PaletteCommand, PaletteItem } from './palette-items';
import { PaletteResults } from './PaletteResults';
import { usePaletteModel, usePaletteSources } from './usePaletteModel';

/** The palette's content, mounted while it is open (so its queries only run then): the combobox and its listbox. */
export function PaletteBody({ onRun }: { onRun(command: PaletteCommand, images: readonly ImageSummary[]): void }) {
  const { t } = useTranslation('palette');
  const sources = usePaletteSources();
  const run = (item: PaletteItem) => onRun(item.command, sources.images);
  const model = usePaletteModel(sources.items, run);
  const { query, target, current } = model;
  const id = useId();
  const optionId = (item: PaletteItem) => `${id}-option-${item.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', maxHeight: '70vh' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.25, borderBottom: 1, borderColor: 'divider' }}>
        <SearchIcon fontSize="small" sx={{ color: 'text.secondary' }} />
        {target && (
          <Chip label={target.title} size="small" onDelete={model.back} sx={{ maxWidth: 220, fontWeight: 500 }} aria-label={t('chip', { title: target.title })} />
        )}
        <InputBase
          autoFocus
          value={query}
          onChange={(event) => model.setQuery(event.target.value)}
          onKeyDown={model.onKeyDown}
          placeholder={target ? t('placeholder.actions', { title: target.title }) : t('placeholder.search')}
          sx={{ flex: 1, fontSize: 15 }}
          inputProps={{
            role: 'combobox',
            'aria-label': target ? t('actionsFor', { title: target.title }) : t('search'),
            'aria-expanded': true,
            'aria-controls': `${id}-listbox`,
            'aria-autocomplete': 'list',
            'aria-activedescendant': current ? optionId(current) : undefined,
            spellCheck: false,
            autoComplete: 'off',
          }}
        />
        <Kbd>{ESCAPE}</Kbd>
      </Box>
      <PaletteResults
        id={`${id}-listbox`}
        results={model.results}
        activeIndex={model.activeIndex}
        target={target}
        emptyText={sources.loading ? t('loading') : t('nothingMatches', { query })}
        optionId={optionId}
        onHover={model.setActive}
        onRun={run}
      />
      <Box sx={{ display: 'flex', gap: 2, px: 2, py: 0.75, borderTop: 1, borderColor: 'divider', color: 'text.secondary', fontSize: 12, flexWrap: 'wrap' }}>
        <span>
          <Trans t={t} i18nKey="keys.move" components={{ key: <Kbd /> }} />
        </span>
        <span>
          <Trans t={t} i18nKey={`keys.${target ? 'run' : 'open'}`} components={{ key: <Kbd /> }} />
        </span>
        {!target && (
          <span>
            <Trans t={t} i18nKey="keys.actions" components={{ key: <Kbd /> }} />
          </span>
        )}
        <span>
          <Trans t={t} i18nKey={`keys.${target ? 'back' : 'close'}`} components={{ key: <Kbd /> }} />
        </span>
      </Box>
    </Box>
  );
}

/** The key cap of Escape, as printed on the keyboard (the same in every language). */
const ESCAPE = 'Esc';

function Kbd({ children }: { children?: ReactNode }) {
  return (
    <Box component="kbd" sx={{ fontFamily: monoFont, fontSize: 11, px: 0.6, py: 0.1, border: 1, borderColor: 'divider', borderRadius: 0.75, color: 'text.secondary', bgcolor: 'action.hover' }}>
      {children}
    </Box>
  );
}
