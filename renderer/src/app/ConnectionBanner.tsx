import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useBerthConnection, useCarrierState } from '../api/BerthProvider';

/**
 * The web shell's own connection (not the engine's): shown while it is down after having worked. Requests
 * made meanwhile fail; streams and data come back by themselves when it reconnects.
 */
export function ConnectionBanner() {
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
            Reconnect now
          </Button>
        ) : undefined
      }
      sx={{ borderRadius: 0, py: 0 }}
    >
      Connection to Berth lost. {carrier.status === 'connecting' ? 'Reconnecting…' : 'Berth reconnects by itself.'}
    </Alert>
  );
}
