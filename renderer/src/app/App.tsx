import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BerthProvider, useBerthConnection, useCarrierState } from '../api/BerthProvider';
import type { BerthConnection } from '../api/connection';
import { useInvalidateOnReconnect } from '../api/useInvalidateOnReconnect';
import { useContainerLiveUpdates } from '../features/containers/useContainerLiveUpdates';
import { EngineStatusProvider } from '../features/engine/engine-status';
import { CommandPalette } from '../features/palette/CommandPalette';
import { useSettingsSync } from '../features/settings/useSettingsSync';
import { useNetworkLiveUpdates } from '../features/networks/useNetworkLiveUpdates';
import { useVolumeLiveUpdates } from '../features/volumes/useVolumeLiveUpdates';
import { AccessProblem } from './AccessProblem';
import { Layout } from './Layout';
import { Notifications } from './Notifications';
import { pages } from './pages';
import { createBerthQueryClient } from './query-client';
import { ThemeModeProvider } from './theme-mode';
import { sectionOf } from '../../../shared/routes';
import { useRoute } from '../lib/routing';

export function App({ connection }: { connection: BerthConnection }) {
  const [queryClient] = useState(createBerthQueryClient);
  return (
    <ThemeModeProvider>
      <BerthProvider connection={connection}>
        <QueryClientProvider client={queryClient}>
          <Gate />
          <Notifications />
        </QueryClientProvider>
      </BerthProvider>
    </ThemeModeProvider>
  );
}

/** A web shell page without a usable token gets an explanation, not an app that cannot load anything. */
function Gate() {
  const carrier = useCarrierState();
  const { retryNow } = useBerthConnection();
  if (carrier.status === 'no-token' || carrier.status === 'refused') {
    return <AccessProblem kind={carrier.status} onRetry={retryNow} />;
  }
  return (
    <EngineStatusProvider>
      <Shell />
    </EngineStatusProvider>
  );
}

/** The app proper, with the subscriptions that live as long as it does. */
function Shell() {
  useInvalidateOnReconnect();
  useContainerLiveUpdates();
  useSettingsSync();
  useVolumeLiveUpdates();
  useNetworkLiveUpdates();
  const section = sectionOf(useRoute());
  const current = pages.find((entry) => entry.section === section) ?? pages[0]!;
  const Page = current.page;
  return (
    <Layout current={current}>
      <Page />
      <CommandPalette />
    </Layout>
  );
}
