import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { useOp } from '../../../api/hooks';
import { createStore } from '../../../lib/store';

/**
 * The dialogs that change existing containers (edit → recreate, update image), opened through this store from
 * wherever the user is (a row's menu, the selection bar, a detail view): one host renders whichever is open.
 */
export type ChangeDialog = { kind: 'edit'; container: ContainerSummary } | { kind: 'update'; containers: readonly ContainerSummary[] };

export const changeDialog = createStore<ChangeDialog | null>(null);

export function openEditDialog(container: ContainerSummary): void {
  changeDialog.set({ kind: 'edit', container });
}

export function openUpdateDialog(containers: readonly ContainerSummary[]): void {
  changeDialog.set({ kind: 'update', containers });
}

export function closeChangeDialog(): void {
  changeDialog.set(null);
}

/**
 * Whether a container cannot be edited: one started with --rm is removed by the stop a recreate begins with,
 * so there would be nothing to put back. Known from its spec, read when the menu or detail view shows the
 * entry (null: no container); the edit dialog then finds the spec in the cache. Until it is read, Edit stays
 * offered and the dialog refuses it itself.
 */
export function useEditBlocked(id: string | null): boolean {
  const read = useOp('containers.runCommand', { id: id ?? '' }, { enabled: id !== null });
  return id !== null && read.data?.spec.autoRemove === true;
}
