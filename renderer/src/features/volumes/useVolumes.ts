import { useOp } from '../../api/hooks';

/** The volumes page's one list query: every volume, measured. Kept current by engine events (api/live). */
const ALL_VOLUMES = {};
/** The same without measuring sizes, for pickers. */
export const VOLUME_NAMES = { sizes: false };
export function useVolumes() {
  return useOp('volumes.list', ALL_VOLUMES);
}
