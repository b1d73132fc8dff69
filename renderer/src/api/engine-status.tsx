import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import type { Endpoint, EngineStatus } from '../../../shared/contract/engine';
import { useCarrierState } from './BerthProvider';
import { useStream } from './hooks';

/** Berth's own data, not the engine's: kept across engine switches and outages. */
const BERTH_DATA = /^(settings|engines|registries)\./;

function isEngineData(queryKey: QueryKey): boolean {
  return !(typeof queryKey[0] === 'string' && BERTH_DATA.test(queryKey[0]));
}

const sameEndpoint = (a: Endpoint | null, b: Endpoint | null) => a?.url === b?.url && a?.engineId === b?.engineId;

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
  const previousEndpoint = useRef<Endpoint | null>(null);

  useStream('engine.status', {}, (next) => {
    const before = previousState.current;
    previousState.current = next.state;
    const engineData = { predicate: (query: { queryKey: QueryKey }) => isEngineData(query.queryKey) };
    // Another engine (switched on the Engine page, or Berth's own started): what is cached is the old one's.
    const switched = next.endpoint !== null && previousEndpoint.current !== null && !sameEndpoint(next.endpoint, previousEndpoint.current);
    if (next.endpoint) previousEndpoint.current = next.endpoint;
    if (switched) {
      void queryClient.invalidateQueries({ queryKey: ['engines.list'] });
      if (next.state !== 'unavailable') void queryClient.resetQueries(engineData);
    }
    // Gone: what is cached describes an engine that may no longer be so; drop it rather than show it stale.
    if (next.state === 'unavailable' && (before !== 'unavailable' || switched)) void queryClient.resetQueries(engineData);
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
