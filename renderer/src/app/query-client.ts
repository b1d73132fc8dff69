import { MutationCache, QueryClient } from '@tanstack/react-query';
import { getI18n } from 'react-i18next';
import { notifyError } from '../components/notifications';
import commonEn from '../i18n/locales/en/common.json';

/**
 * Engine data never goes stale by time: the engine's event stream patches or invalidates what changed, and
 * a resync or reconnect invalidates everything. So no refetch on focus or interval (an invalidated query
 * still refetches when it is next shown), and no retries: when the engine is away the engine status says
 * so, and its return refetches.
 */
export function createBerthQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: false,
      },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      // A mutation without its own error handling still tells the user what went wrong.
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.options.onError) notifyError(getI18n()?.t('common:operationFailed') ?? commonEn.operationFailed, error);
      },
    }),
  });
}
