import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DelayedSpinner } from '../components/DelayedSpinner';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { BerthProvider, useBerthConnection, useCarrierState } from '../api/BerthProvider';
import type { BerthConnection } from '../api/connection';
import { useInvalidateOnReconnect } from '../api/useInvalidateOnReconnect';
import { useLiveCache } from '../api/live/useLiveCache';
import { EngineStatusProvider } from '../api/engine-status';
import { HostKeyPrompt } from '../features/engine';
import { CommandPalette } from '../features/palette';
import { useSettingsSync } from '../features/settings';
import { AccessProblem } from './AccessProblem';
import { Layout } from './Layout';
import { Notifications } from '../components/Notifications';
import { pages } from './pages';
import { createBerthQueryClient } from './query-client';
import { ThemeModeProvider } from '../components/theme-mode';
import { sectionOf } from '../../../shared/routes';
import { useRoute } from '../lib/routing';

export function App({ connection }: { connection: BerthConnection }) {
  const [queryClient] = useState(createBerthQueryClient);
  return (
    <ThemeModeProvider>
      <BerthProvider connection={connection}>
        <QueryClientProvider client={queryClient}>
          <ErrorBoundary what="Berth">
            <Gate />
          </ErrorBoundary>
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
  const { t } = useTranslation();
  useInvalidateOnReconnect();
  useLiveCache();
  useSettingsSync();
  const section = sectionOf(useRoute());
  const current = pages.find((entry) => entry.section === section) ?? pages[0]!;
  const Page = current.page;
  const pageName = t(`nav.${current.section}`);
  return (
    <Layout current={current}>
      {/* Keyed by section: a page still loading (or one that failed) is never shown under another section's name. */}
      <ErrorBoundary key={current.section} what={t('page.name', { page: pageName })}>
        <Suspense fallback={<DelayedSpinner label={t('page.loading', { page: pageName })} />}>
          <Page />
        </Suspense>
      </ErrorBoundary>
      <CommandPalette />
      <HostKeyPrompt />
    </Layout>
  );
}
