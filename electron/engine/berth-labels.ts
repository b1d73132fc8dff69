/**
 * Labels Berth puts on what it makes for itself in the engine. Its short-lived helper containers (volume
 * browsing, export, import) carry HELPER_LABEL: they are Berth's plumbing, kept out of the containers list,
 * and findable if one is ever left behind.
 */
export const HELPER_LABEL = 'dev.berth.helper';
