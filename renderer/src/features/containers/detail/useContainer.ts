import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { useOp } from '../../../api/hooks';

const ALL = { all: true };

/**
 * One container from the live list (kept current by engine events), by id, id prefix or name. `missing`
 * once the list is loaded and it is not in it (removed, or never there).
 */
export function useContainer(ref: string): { container: ContainerSummary | undefined; missing: boolean; loading: boolean } {
  const list = useOp('containers.list', ALL);
  const container = list.data?.find((c) => c.id === ref) ?? list.data?.find((c) => c.name === ref || (ref.length >= 4 && c.id.startsWith(ref)));
  return { container, missing: Boolean(list.data) && !container, loading: !list.data };
}
