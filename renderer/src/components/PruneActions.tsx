import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';

/** The buttons of a two-step prune dialog: remove exactly the chosen `count` things, or cancel. */
export function PruneActions({ count, noun, pending, onCancel, onConfirm }: { count: number; noun: [string, string]; pending: boolean; onCancel(): void; onConfirm(): void }) {
  return (
    <DialogActions sx={{ px: 3, pb: 2 }}>
      <Button onClick={onCancel} autoFocus disabled={pending}>
        Cancel
      </Button>
      <Button variant="contained" color="error" disabled={count === 0 || pending} onClick={onConfirm}>
        {pending ? 'Pruning…' : `Remove ${count || ''} ${count === 1 ? noun[0] : noun[1]}`}
      </Button>
    </DialogActions>
  );
}
