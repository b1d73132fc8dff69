import { ConfirmActions } from './ConfirmDialog';

/** The buttons of a two-step prune dialog: remove exactly the chosen `count` things, or cancel. */
export function PruneActions({ count, noun, pending, onCancel, onConfirm }: { count: number; noun: [string, string]; pending: boolean; onCancel(): void; onConfirm(): void }) {
  return (
    <ConfirmActions
      danger
      pending={pending}
      confirmDisabled={count === 0}
      confirmLabel={pending ? 'Pruning…' : `Remove ${count || ''} ${count === 1 ? noun[0] : noun[1]}`}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}
