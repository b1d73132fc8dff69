import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { Trans, useTranslation } from 'react-i18next';
import { monoFont } from '../../components/theme';
import { ConfirmActions } from '../../components/ConfirmDialog';

export interface DeleteTarget {
  registry: string;
  repository: string;
  tag: string;
  digest: string;
  /** Other tags seen on the same digest: they go too. */
  sameDigest: string[];
}

/**
 * Confirms deleting a tag from a registry. Registries delete a manifest by digest, so every tag pointing at it
 * goes with it: the dialog names the digest and the other tags Berth has seen on it. Cancel is the default.
 */
export function DeleteTagDialog({ target, onCancel, onConfirm }: { target: DeleteTarget | null; onCancel(): void; onConfirm(target: DeleteTarget): void }) {
  const { t } = useTranslation('registries');
  return (
    <Dialog open={target !== null} onClose={onCancel} maxWidth="sm" fullWidth aria-labelledby="delete-tag-title">
      {target && (
        <>
          <DialogTitle id="delete-tag-title">
            {t('deleteTag.title', { repository: target.repository, tag: target.tag })}
          </DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ mb: 1.5 }}>
              {t('deleteTag.intro', { registry: target.registry })}
            </Typography>
            <Box
              component="code"
              aria-label={t('deleteTag.digestLabel')}
              sx={{ display: 'block', fontFamily: monoFont, fontSize: 12, p: 1, mb: 2, border: 1, borderColor: 'divider', borderRadius: 1, wordBreak: 'break-all' }}
            >
              {target.digest}
            </Box>
            <Alert severity="warning">
              {target.sameDigest.length > 0 ? (
                <Trans t={t} i18nKey="deleteTag.warningSeen" values={{ tags: target.sameDigest.join(', ') }} components={{ strong: <strong /> }} />
              ) : (
                t('deleteTag.warningUnseen')
              )}
            </Alert>
          </DialogContent>
          <ConfirmActions danger confirmLabel={t('deleteTag.confirm')} onCancel={onCancel} onConfirm={() => onConfirm(target)} />
        </>
      )}
    </Dialog>
  );
}
