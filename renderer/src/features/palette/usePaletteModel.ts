import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolumeSummary } from '../../../../shared/contract/volumes';
import { sections } from '../../../../shared/routes';
import { opKey, useOp } from '../../api/hooks';
import { useSettings } from '../settings';
import { defaultItems, paletteItems, type PaletteItem } from './palette-items';
import { rankItems, type Ranked } from './palette-match';

const MAX_RESULTS = 60;
const ALL_CONTAINERS = { all: true };
const ALL_IMAGES = {};
const VOLUME_NAMES = { sizes: false };
const NO_INPUT = {};

/** Everything the palette can find: pages, recent runs, compose projects, containers, images and volumes (queries run while it is open). */
export function usePaletteSources() {
  const queryClient = useQueryClient();
  const { t, i18n } = useTranslation('palette');
  // In another language the English titles are searched too: "restart" finds 重启.
  const language = i18n.language;
  const english = useMemo(
    () => (language === 'en' || !i18n.hasResourceBundle('en', 'palette') ? undefined : (i18n.getFixedT('en', 'palette') as TFunction)),
    [i18n, language],
  );
  const containers = useOp('containers.list', ALL_CONTAINERS);
  const images = useOp('images.list', ALL_IMAGES);
  // The volumes page's measured list when it is cached; otherwise names only (measuring sizes is slow).
  const [measured] = useState(() => queryClient.getQueryData<VolumeSummary[]>(opKey('volumes.list', {})));
  const volumes = useOp('volumes.list', VOLUME_NAMES, { enabled: measured === undefined });
  const composeProjects = useOp('compose.files.list', NO_INPUT);
  const settings = useSettings();
  const items = useMemo(
    () =>
      paletteItems(
        {
          pages: sections,
          recentRuns: settings.data?.settings.recentRuns ?? [],
          containers: containers.data ?? [],
          images: images.data ?? [],
          volumes: measured ?? volumes.data ?? [],
          composeProjects: composeProjects.data?.projects ?? [],
        },
        t as TFunction,
        english,
      ),
    [settings.data, containers.data, images.data, volumes.data, measured, composeProjects.data, t, english],
  );
  const loading = containers.isPending || images.isPending || (measured === undefined && volumes.isPending);
  return { items, images: images.data ?? [], loading };
}

/**
 * The palette's state as a combobox: the query, the item whose actions are listed (`target`), the ranked
 * results and the active one, and the keys that move through them. Escape, Backspace on an empty query,
 * Shift+Tab and ← at the start go back from an item's actions; Tab and → at the end go into them.
 */
export function usePaletteModel(all: readonly PaletteItem[], onRun: (item: PaletteItem) => void) {
  const [query, setQueryState] = useState('');
  const [target, setTarget] = useState<PaletteItem | null>(null);
  const [active, setActive] = useState(0);

  const results: Ranked<PaletteItem>[] = useMemo(() => {
    if (target) return rankItems(target.actions ?? [], query);
    return query.trim() ? rankItems(all, query, MAX_RESULTS) : rankItems(defaultItems(all), '');
  }, [all, query, target]);
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));
  const current = results[activeIndex]?.item;

  const setQuery = (next: string) => {
    setQueryState(next);
    setActive(0);
  };
  const enter = (item: PaletteItem) => {
    if (!item.actions?.length) return false;
    setTarget(item);
    setQuery('');
    return true;
  };
  const back = () => {
    const from = target;
    setTarget(null);
    setQueryState('');
    setActive(from ? Math.max(0, defaultItems(all).findIndex((i) => i.id === from.id)) : 0);
  };
  const move = (index: number) => setActive(results.length ? index : 0);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const atEnd = input.selectionStart === query.length && input.selectionEnd === query.length;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const handled = () => event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
        handled();
        return move((activeIndex + 1) % Math.max(1, results.length));
      case 'ArrowUp':
        handled();
        return move((activeIndex - 1 + results.length) % Math.max(1, results.length));
      case 'PageDown':
        handled();
        return move(Math.min(results.length - 1, activeIndex + 8));
      case 'PageUp':
        handled();
        return move(Math.max(0, activeIndex - 8));
      case 'Enter':
        handled();
        if (current) onRun(current);
        return;
      case 'Tab':
        handled(); // focus stays in the palette
        if (!target && current) enter(current);
        else if (target && event.shiftKey) back();
        return;
      case 'ArrowRight':
        if (!target && atEnd && current && enter(current)) handled();
        return;
      case 'ArrowLeft':
        if (target && atStart) {
          handled();
          back();
        }
        return;
      case 'Backspace':
        if (target && query === '') {
          handled();
          back();
        }
        return;
      case 'Escape':
        if (target) {
          handled();
          event.stopPropagation();
          back();
        }
        return;
    }
  };

  return { query, setQuery, target, back, results, activeIndex, setActive, current, onKeyDown };
}
