import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderStatusValue } from '../../../../shared/contract/engine';
import { useCall, useStream } from '../../api/hooks';
import { notifyError } from '../../components/notifications';

export type ManagedAction = 'start' | 'stop' | 'restart';

interface ManagedEngine {
  /** null until the first status arrives. */
  status: ProviderStatusValue | null;
  /** The action in flight, if any (its progress steps are in `status.step`). */
  pending: ManagedAction | null;
  run(action: ManagedAction): Promise<void>;
}

/**
 * The engine Berth can run itself: its status followed live (engine.provider), and start/stop/restart. A
 * failure also shows in the status (state `error`, with the last log lines); the snackbar says it too.
 */
export function useManagedEngine(enabled = true): ManagedEngine {
  const { t } = useTranslation('engine');
  const call = useCall();
  const [status, setStatus] = useState<ProviderStatusValue | null>(null);
  const [pending, setPending] = useState<ManagedAction | null>(null);
  useStream('engine.provider', {}, setStatus, { enabled });
  const run = async (action: ManagedAction) => {
    setPending(action);
    try {
      await call(`engine.${action}`, {});
    } catch (error) {
      notifyError(t(`managed.actionFailed.${action}`), error);
    } finally {
      setPending(null);
    }
  };
  return { status, pending, run };
}
