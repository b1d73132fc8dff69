/**
 * Labels Berth puts on what it makes for itself in the engine. Its short-lived helper containers (volume
 * browsing, export, import) carry HELPER_LABEL: they are Berth's plumbing, kept out of the containers list,
 * and findable if one is ever left behind.
 */
export const HELPER_LABEL = 'dev.berth.helper';

/**
 * On the images Berth makes for itself (the volume helper's): they are Berth's plumbing too, kept out of the
 * images list and out of every prune, so that the user never sees or removes them by accident.
 */
export const IMAGE_LABEL = 'dev.berth.image';

export function isBerthImage(labels: Record<string, string> | null | undefined): boolean {
  return Boolean(labels?.[IMAGE_LABEL]);
}
