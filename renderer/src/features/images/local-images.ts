import type { TFunction } from 'i18next';
import type { ImageSummary } from '../../../../shared/contract/images';
import { isImageId, parseImageRef } from '../../../../shared/image-ref';
import type { NameChoice } from '../../components/name-choice';
import { formatBytes } from '../../lib/bytes';
import { isTagged, shortImageId } from './image-rows';

/*
 * This engine's images as a field offers them (the run dialog's image picker): every tag, and what a typed
 * reference or id means here. Pure, so the matching rules are unit tested.
 */

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Every tag on the engine, sorted by name, with the image's size beside it. */
export function imageChoices(rows: readonly ImageSummary[]): NameChoice[] {
  return rows
    .filter(isTagged)
    .map((row) => ({ name: `${row.repository}:${row.tag}`, note: formatBytes(row.sizeBytes) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The local image a typed value names, as the engine would resolve it for `docker run`: a reference (with
 * Docker Hub and `latest` filled in, so `busybox` is `docker.io/library/busybox:latest`), `repo@digest`, or
 * an id or its prefix. null when the engine has no such image (or the value is not one).
 */
export function findLocalImage(typed: string, rows: readonly ImageSummary[]): ImageSummary | null {
  const text = typed.trim();
  if (text === '') return null;
  if (isImageId(text)) {
    const hex = text.replace(/^sha256:/, '');
    const byId = rows.find((row) => row.id.replace(/^sha256:/, '').startsWith(hex));
    if (byId) return byId;
  }
  const parsed = parseImageRef(text);
  if (!parsed.ok) return null;
  const wanted = parsed.ref;
  return (
    rows.find((row) => {
      if (wanted.digest) return row.digest === wanted.digest && sameName(row.repository, wanted.name);
      return isTagged(row) && row.tag === wanted.tag && sameName(row.repository, wanted.name);
    }) ?? null
  );
}

function sameName(repository: string, name: string): boolean {
  const parsed = parseImageRef(repository);
  return parsed.ok && parsed.ref.name === name;
}

/** What the picker says under a value that names a local image. */
export function localImageNote(t: TFunction, row: ImageSummary): string {
  return t('picker.onThisEngine', { id: shortImageId(row.id), size: formatBytes(row.sizeBytes) });
}
