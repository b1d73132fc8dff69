import type { EngineEvent } from '../../../../shared/contract/engine';
import { changesMembership } from '../volumes/live-events';

/** Engine event types the networks list follows. */
export const NETWORK_EVENT_TYPES = ['network', 'container'];

/**
 * Whether an event changes what networks.list says: any network event (create, destroy, connect and
 * disconnect — which the engine also sends when a container on it starts or stops, its address changing),
 * a container made, removed or renamed, or events that may have been missed.
 */
export function changesNetworks(event: EngineEvent): boolean {
  if (event.kind === 'resync') return true;
  if (event.type === 'network') return true;
  return changesMembership(event);
}
