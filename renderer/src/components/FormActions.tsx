import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The buttons of every form dialog: how many fields need attention (once the user tried), Cancel, any
 * other ways out (`children`), and the submit button (`form` names the form when the buttons sit outside it).
 */
export function FormActions({
  submitLabel,
  onCancel,
  disabled = false,
  form,
  color,
  startIcon,
  cancelLabel,
  cancelDisabled = false,
  attention = 0,
  children,
}: {
  submitLabel: ReactNode;
  onCancel(): void;
  disabled?: boolean;
  form?: string;
  color?: 'primary' | 'warning';
  startIcon?: ReactNode;
  cancelLabel?: string;
  cancelDisabled?: boolean;
  attention?: number;
  children?: ReactNode;
}) {
  const { t } = useTranslation('components');
  return (
    <DialogActions sx={{ px: 3, pb: 2 }}>
      {attention > 0 && (
        <Typography variant="body2" color="error" role="status" sx={{ mr: 'auto' }}>
          {t('form.attention', { count: attention })}
        </Typography>
      )}
      <Button onClick={onCancel} disabled={cancelDisabled}>
        {cancelLabel ?? t('cancel')}
      </Button>
      {children}
      <Button type="submit" form={form} variant="contained" color={color} disabled={disabled} startIcon={startIcon}>
        {submitLabel}
      </Button>
    </DialogActions>
  );
}
