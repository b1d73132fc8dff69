import type { TFunction } from 'i18next';
import type { LayerHint } from '../../../../../shared/contract/layers';
import { formatBytes } from '../../../lib/bytes';

/** A layer as people count them: the first is layer 1. */
export function layerNumber(index: number): number {
  return index + 1;
}

/** One hint in words, naming layers by their number and bytes as the rest of Berth writes them. */
export function hintText(t: TFunction, hint: LayerHint): string {
  const bytes = formatBytes(hint.bytes);
  switch (hint.kind) {
    case 'deleted-later':
      return t('hints.deletedLater', { addedIn: layerNumber(hint.addedIn), deletedIn: layerNumber(hint.deletedIn), count: hint.files, bytes, example: `/${hint.example}` });
    case 'overwritten':
      return t('hints.overwritten', { firstIn: layerNumber(hint.firstIn), againIn: layerNumber(hint.againIn), count: hint.files, bytes, example: `/${hint.example}` });
    case 'package-lists':
      return t(hint.alone ? 'hints.packageListsAlone' : 'hints.packageLists', { layer: layerNumber(hint.layer), bytes });
    case 'cache-left':
      return t('hints.cacheLeft', { layer: layerNumber(hint.layer), bytes, folder: hint.folder, count: hint.files });
  }
}

/** dive's score as a percentage people read at a glance: 99.9% is not rounded up to 100%. */
export function scorePercent(score: number): string {
  const percent = Math.floor(score * 1000) / 10;
  return `${percent.toFixed(1)}%`;
}
