import type { TFunction } from 'i18next';
import type { OutputOf } from '../../../../shared/contract/index';

export type PrunePreview = OutputOf<'system.prune'>;

interface PruneSection {
  key: 'containers' | 'networks' | 'images' | 'volumes' | 'buildCache';
  title: string;
  items: { key: string; label: string; bytes: number | null }[];
  /** The section's total, when the engine measures it (networks take no space). */
  bytes: number | null;
}

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** A system prune preview as the dialog lists it: one section per kind that has something, in prune order (`t` of the engine namespace). */
export function pruneSections(preview: PrunePreview, t: TFunction): PruneSection[] {
  const sections: PruneSection[] = [
    {
      key: 'containers',
      title: t('prune.sections.containers'),
      items: preview.containers.map((c) => ({ key: c.id, label: c.name, bytes: c.sizeBytes })),
      bytes: sum(preview.containers.map((c) => c.sizeBytes)),
    },
    { key: 'networks', title: t('prune.sections.networks'), items: preview.networks.map((n) => ({ key: n.id, label: n.name, bytes: null })), bytes: null },
    {
      key: 'images',
      title: t('prune.sections.images'),
      // eslint-disable-next-line berth/no-literal-ui-text -- <none> is docker's own name for an untagged image
      items: preview.images.map((i) => ({ key: i.id, label: i.tags.length > 0 ? i.tags.join(', ') : `<none> ${shortId(i.id)}`, bytes: i.sizeBytes })),
      bytes: sum(preview.images.map((i) => i.sizeBytes)),
    },
    {
      key: 'volumes',
      title: t('prune.sections.volumes'),
      items: preview.volumes.map((v) => ({ key: v.name, label: v.name, bytes: v.sizeBytes })),
      bytes: sum(preview.volumes.map((v) => v.sizeBytes)),
    },
  ];
  const listed = sections.filter((section) => section.items.length > 0);
  if (preview.buildCacheBytes > 0) listed.push({ key: 'buildCache', title: t('prune.sections.buildCache'), items: [], bytes: preview.buildCacheBytes });
  return listed;
}

/** How many things a prune names (the build cache is not counted: it is one amount, not items). */
export function pruneTotalCount(preview: Pick<PrunePreview, 'containers' | 'networks' | 'images' | 'volumes'>): number {
  return preview.containers.length + preview.networks.length + preview.images.length + preview.volumes.length;
}

/** The confirm button's words: "Prune 3 items", "Prune 3 items and the build cache", "Prune the build cache" (`t` of the engine namespace). */
export function pruneButtonLabel(preview: PrunePreview, t: TFunction): string {
  const count = pruneTotalCount(preview);
  if (count === 0) return preview.buildCacheBytes > 0 ? t('prune.button.cache') : t('prune.button.plain');
  return preview.buildCacheBytes > 0 ? t('prune.button.itemsAndCache', { count }) : t('prune.button.items', { count });
}

function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
