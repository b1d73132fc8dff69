import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { ConfirmActions } from './ConfirmDialog';
import { ErrorAlert } from './PageParts';

/** The buttons of a two-step prune dialog: remove exactly the chosen `count` things, or cancel. */
export function PruneActions({ count, noun, pending, onCancel, onConfirm }: { count: number; noun: [string, string]; pending: boolean; onCancel(): void; onConfirm(): void }) {
  const { t } = useTranslation('components');
  return (
    <ConfirmActions
      danger
      pending={pending}
      confirmDisabled={count === 0}
      confirmLabel={pending ? t('prune.pending') : t('prune.remove', { number: String(count || ''), noun: count === 1 ? noun[0] : noun[1] })}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}

/** A prune that failed: nothing was removed (main prunes exactly the chosen things, or none). */
export function PruneFailed({ error }: { error: unknown }) {
  const { t } = useTranslation('components');
  return (
    <Box sx={{ mt: 1.5 }}>
      <ErrorAlert error={error} what={t('prune.failed')} />
    </Box>
  );
}
