import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  open: boolean;
  /** The question, e.g. "Remove web-1?": the dialog's accessible name. */
  title: ReactNode;
  /** The confirming button's words, e.g. "Remove". */
  confirmLabel: ReactNode;
  onCancel(): void;
  onConfirm(): void;
  /** What is about to happen, in a sentence or a list. */
  children?: ReactNode;
  /** A destructive action: a red button, and Cancel has the focus (Enter does not destroy). */
  danger?: boolean;
  /** While the action runs: both buttons wait, Escape does nothing. */
  pending?: boolean;
  /** The action cannot be taken as things are (the reason is in the content). */
  confirmDisabled?: boolean;
  /** The cancelling button's words ("Close" where nothing can be confirmed). */
  cancelLabel?: string;
  /** Buttons before Cancel (e.g. "Export first…"). */
  extraActions?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}

/** The one confirmation dialog: a question, what it means, Cancel and the action. */
export function ConfirmDialog({ open, title, confirmLabel, onCancel, onConfirm, children, danger = false, pending = false, confirmDisabled = false, cancelLabel, extraActions, maxWidth = 'sm' }: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={pending ? undefined : onCancel} maxWidth={maxWidth} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {children !== undefined && <DialogContent>{children}</DialogContent>}
      <ConfirmActions confirmLabel={confirmLabel} onCancel={onCancel} onConfirm={onConfirm} danger={danger} pending={pending} confirmDisabled={confirmDisabled} cancelLabel={cancelLabel} extraActions={extraActions} />
    </Dialog>
  );
}

type ConfirmActionsProps = Pick<ConfirmDialogProps, 'confirmLabel' | 'onCancel' | 'onConfirm' | 'danger' | 'pending' | 'confirmDisabled' | 'cancelLabel' | 'extraActions'>;

/**
 * The buttons of every confirmation (ConfirmDialog's, and those of dialogs with their own content): Cancel,
 * then the action; for a destructive one the button is red and Cancel has the focus.
 */
export function ConfirmActions({ confirmLabel, onCancel, onConfirm, danger = false, pending = false, confirmDisabled = false, cancelLabel, extraActions }: ConfirmActionsProps) {
  const { t } = useTranslation('components');
  return (
    <DialogActions sx={{ px: 3, pb: 2 }}>
      {extraActions}
      <Button onClick={onCancel} autoFocus={danger} disabled={pending}>
        {cancelLabel ?? t('cancel')}
      </Button>
      <Button variant="contained" color={danger ? 'error' : 'primary'} autoFocus={!danger} disabled={pending || confirmDisabled} onClick={onConfirm}>
        {confirmLabel}
      </Button>
    </DialogActions>
  );
}
