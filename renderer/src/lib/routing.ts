import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Href, type Route } from '../../../shared/routes';

/*
 * The address's route, followed live (shared/routes.ts says what routes there are). Links use the builders'
 * hashes as their href; code that moves on by itself calls `navigate`.
 */

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The route the address names now; a new value only when the address changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** Goes to a page, e.g. `navigate(routes.container(id, { tab: 'logs' }))`. */
export function navigate(href: Href): void {
  window.location.hash = href;
}
