import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { RegistryEntry } from '../../../../shared/contract/registries';
import { registryLabel } from './registry-words';
import { ConfirmActions } from '../../components/ConfirmDialog';

/** Confirms docker logout: the login is removed from wherever it is kept, which signs the docker CLI out too. */
export function LogoutDialog({ entry, onCancel, onConfirm }: { entry: RegistryEntry | null; onCancel(): void; onConfirm(entry: RegistryEntry): void }) {
  return (
    <Dialog open={entry !== null} onClose={onCancel} maxWidth="xs" fullWidth aria-labelledby="logout-title">
      {entry && (
        <>
          <DialogTitle id="logout-title">Sign out of {registryLabel(entry.registry)}?</DialogTitle>
          <DialogContent>
            <Typography variant="body2">
              The login of <strong>{entry.username}</strong> is removed
              {entry.storedIn === 'helper' || entry.storedIn === 'config-file'
                ? ' from the docker configuration: the docker CLI is signed out of this registry too.'
                : entry.storedIn === 'encrypted'
                  ? ' from Berth’s encrypted store.'
                  : ' from this session.'}{' '}
              Pulls and pushes that need it will ask you to sign in again.
            </Typography>
          </DialogContent>
          <ConfirmActions danger confirmLabel="Sign out" onCancel={onCancel} onConfirm={() => onConfirm(entry)} />
        </>
      )}
    </Dialog>
  );
}
