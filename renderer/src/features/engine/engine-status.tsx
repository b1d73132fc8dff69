import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import type { EngineStatus } from '../../../../shared/contract/engine';
import { useCarrierState } from '../../api/BerthProvider';
import { useStream } from '../../api/hooks';

/** null: not known yet, or not knowable now because the connection to Berth itself is down. */
const EngineStatusContext = createContext<EngineStatus | null>(null);

/**
 * Follows `engine.status` once for the whole app, and keeps the query cache honest across outages: cached
 * engine data is dropped when the engine goes away and refetched when it comes back.
 */
export function EngineStatusProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const carrier = useCarrierState();
  const [status, setStatus] = useState<EngineStatus | null>(null);
  const previousState = useRef<EngineStatus['state'] | null>(null);

  useStream('engine.status', {}, (next) => {
    const before = previousState.current;
    previousState.current = next.state;
    // Gone: what is cached describes an engine that may no longer be so; drop it rather than show it stale.
    if (next.state === 'unavailable' && before !== 'unavailable') void queryClient.resetQueries();
    // Back: whatever it did meanwhile is unknown; everything on screen is fetched again.
    if (next.state === 'connected' && before === 'unavailable') void queryClient.invalidateQueries();
    setStatus(next);
  });

  const known = carrier.status === 'open' ? status : null;
  return <EngineStatusContext.Provider value={known}>{children}</EngineStatusContext.Provider>;
}

export function useEngineStatus(): EngineStatus | null {
  return useContext(EngineStatusContext);
}
