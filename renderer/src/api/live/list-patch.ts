import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { InputOf } from '../../../../shared/contract';
import { isUp } from '../../lib/container-state';

type ListInput = InputOf<'containers.list'>;

/** Whether a row belongs in the result of a containers.list query with this input. */
function belongs(row: ContainerSummary, input: ListInput): boolean {
  if (input.all === false && !isUp(row)) return false;
  if (input.ids && !input.ids.some((ref) => row.id.startsWith(ref) || row.name === ref.replace(/^\//, ''))) return false;
  return true;
}

/**
 * Applies fresh rows for some containers to one cached containers.list result: each of `ids` is replaced by
 * its fresh row, inserted if new, or dropped if the engine no longer lists it (or it no longer fits the
 * query, e.g. a stopped container in a running-only list). Other rows keep their identity. Returns `list`
 * itself when nothing changed.
 */
export function patchContainerList(
  list: readonly ContainerSummary[],
  input: ListInput,
  ids: readonly string[],
  fresh: readonly ContainerSummary[],
): ContainerSummary[] {
  const asked = new Set(ids);
  const freshById = new Map(fresh.filter((row) => asked.has(row.id)).map((row) => [row.id, row]));
  let changed = false;
  const out: ContainerSummary[] = [];
  for (const row of list) {
    if (!asked.has(row.id)) {
      out.push(row);
      continue;
    }
    const next = freshById.get(row.id);
    freshById.delete(row.id);
    changed = true;
    if (next && belongs(next, input)) out.push(next);
  }
  for (const next of freshById.values()) {
    if (!belongs(next, input)) continue;
    out.push(next);
    changed = true;
  }
  return changed ? out : (list as ContainerSummary[]);
}

/** Drops rows by id; returns `list` itself when none of them was there. */
export function removeFromContainerList(list: readonly ContainerSummary[], ids: ReadonlySet<string>): ContainerSummary[] {
  const out = list.filter((row) => !ids.has(row.id));
  return out.length === list.length ? (list as ContainerSummary[]) : out;
}
