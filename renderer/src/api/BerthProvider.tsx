import { createContext, useContext, type ReactNode } from 'react';
import type { BerthClient } from '../../../shared/client';
import { useStore } from '../lib/store';
import type { CarrierState } from './carrier-state';
import type { BerthConnection } from './connection';

const BerthContext = createContext<BerthConnection | null>(null);

export function BerthProvider({ connection, children }: { connection: BerthConnection; children: ReactNode }) {
  return <BerthContext.Provider value={connection}>{children}</BerthContext.Provider>;
}

export function useBerthConnection(): BerthConnection {
  const connection = useContext(BerthContext);
  if (!connection) throw new Error('useBerthConnection needs a <BerthProvider> above it');
  return connection;
}

export function useBerthClient(): BerthClient {
  return useBerthConnection().client;
}

export function useCarrierState(): CarrierState {
  return useStore(useBerthConnection().carrier);
}
