import type { ContainerSummary } from '../../../../../shared/contract/containers';
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
