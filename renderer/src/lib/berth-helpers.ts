import type { EngineEvent } from '../../../shared/contract/engine';

/*
 * Berth's own short-lived helper containers (volume browsing, export, import, clone): main labels them and
 * keeps them out of the containers list. They come and go with every browse and change nothing a user listed.
 */

/** The label main puts on its helpers (electron/engine/berth-labels.ts). */
export const HELPER_LABEL = 'dev.berth.helper';

/** How main names its helpers; a list read while one exists may name it among a volume's users. */
export const isHelperName = (name: string) => name.startsWith('berth-helper-');

/** A container event from one of Berth's own helpers. */
export function isHelperEvent(event: Extract<EngineEvent, { kind: 'engine' }>): boolean {
  return event.attributes[HELPER_LABEL] === 'true' || isHelperName(event.attributes.name ?? '');
}
