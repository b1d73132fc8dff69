import type { EngineEvent } from '../../../../shared/contract/engine';

/** The label main puts on its short-lived volume helpers (browse, export, import, clone). */
export const HELPER_LABEL = 'dev.berth.helper';
/** How main names its helpers; a list read while one exists may name it among a volume's users. */
export const isHelperName = (name: string) => name.startsWith('berth-helper-');

/** Engine event types the volumes list follows. */
export const VOLUME_EVENT_TYPES = ['volume', 'container'];

/** Container events that change who uses a volume or sits on a network, or what they are called. */
const MEMBERSHIP_ACTIONS = new Set(['create', 'destroy', 'rename']);

/** A container event from one of Berth's own helpers: they come and go with every browse, and change nothing listed. */
export function isHelperEvent(event: Extract<EngineEvent, { kind: 'engine' }>): boolean {
  return event.attributes[HELPER_LABEL] === 'true' || isHelperName(event.attributes.name ?? '');
}

/** A container was made, removed or renamed (not a helper): lists of "used by" change. */
export function changesMembership(event: EngineEvent): boolean {
  return event.kind === 'engine' && event.type === 'container' && MEMBERSHIP_ACTIONS.has(event.action) && !isHelperEvent(event);
}

/**
 * Whether an event changes what volumes.list says: a volume made or removed (mount and unmount change
 * nothing listed), a container made, removed or renamed, or events that may have been missed.
 */
export function changesVolumes(event: EngineEvent): boolean {
  if (event.kind === 'resync') return true;
  if (event.type === 'volume') return event.action === 'create' || event.action === 'destroy' || event.action === 'prune';
  return changesMembership(event);
}
