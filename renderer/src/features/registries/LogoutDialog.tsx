import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { Trans, useTranslation } from 'react-i18next';
import type { RegistryEntry } from '../../../../shared/contract/registries';
import { registryLabel } from './registry-words';
import { ConfirmActions } from '../../components/ConfirmDialog';

/** Confirms docker logout: the login is removed from wherever it is kept, which signs the docker CLI out too. */
export function LogoutDialog({ entry, onCancel, onConfirm }: { entry: RegistryEntry | null; onCancel(): void; onConfirm(entry: RegistryEntry): void }) {
  const { t } = useTranslation('registries');
  const body = !entry
    ? null
    : entry.storedIn === 'helper' || entry.storedIn === 'config-file'
      ? 'logout.bodyDocker'
      : entry.storedIn === 'encrypted'
        ? 'logout.bodyEncrypted'
        : 'logout.bodySession';
  return (
    <Dialog open={entry !== null} onClose={onCancel} maxWidth="xs" fullWidth aria-labelledby="logout-title">
      {entry && body && (
        <>
          <DialogTitle id="logout-title">{t('logout.title', { registry: registryLabel(entry.registry) })}</DialogTitle>
          <DialogContent>
            <Typography variant="body2">
              <Trans
                t={t}
                i18nKey={body}
                values={{ username: entry.username }}
                components={{ strong: <strong /> }}
              />
            </Typography>
          </DialogContent>
          <ConfirmActions danger confirmLabel={t('logout.confirm')} onCancel={onCancel} onConfirm={() => onConfirm(entry)} />
        </>
      )}
    </Dialog>
  );
}
