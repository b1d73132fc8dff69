import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useBerthConnection, useCarrierState } from '../api/BerthProvider';

/**
 * The web shell's own connection (not the engine's): shown while it is down after having worked. Requests
 * made meanwhile fail; streams and data come back by themselves when it reconnects.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const carrier = useCarrierState();
  const { retryNow } = useBerthConnection();
  if (carrier.opens === 0 || (carrier.status !== 'lost' && carrier.status !== 'connecting')) return null;
  return (
    <Alert
      severity="error"
      variant="filled"
      square
      data-testid="connection-lost"
      action={
        carrier.status === 'lost' ? (
          <Button color="inherit" onClick={retryNow}>
            {t('connection.reconnect')}
          </Button>
        ) : undefined
      }
      sx={{ borderRadius: 0, py: 0 }}
    >
      {t('connection.lost', { status: carrier.status })}
    </Alert>
  );
}
