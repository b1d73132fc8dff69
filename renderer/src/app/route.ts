import { useSyncExternalStore } from 'react';
import { navItems, type NavItem } from './navigation';

/*
 * Routing by hash (#/containers, #/containers/<id>?tab=logs): the same static files serve both shells
 * (a berth:// origin in Electron, loopback HTTP in the web shell), and a hash change never reloads the page
 * or reaches the server.
 */

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

export function routeHref(item: NavItem): string {
  return `#/${item.path}`;
}

export interface Route {
  /** The path's segments, decoded: #/containers/abc → ['containers', 'abc']. */
  segments: string[];
  /** The query after `?`, e.g. tab=logs. */
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return {
    segments: path.split('/').filter(Boolean).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    }),
    params: new URLSearchParams(query),
  };
}

/** The address's route, following it live. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  return parseRoute(hash);
}

/** Goes to a route, e.g. navigate('containers', id) or navigate('containers', id, {tab: 'terminal'}). */
export function navigate(...parts: (string | Record<string, string>)[]): void {
  window.location.hash = routeHash(...parts);
}

export function routeHash(...parts: (string | Record<string, string>)[]): string {
  const path = parts.filter((p): p is string => typeof p === 'string').map(encodeURIComponent).join('/');
  const params = parts.find((p): p is Record<string, string> => typeof p !== 'string');
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${path}${query ? `?${query}` : ''}`;
}

/** The page the address names, or the first page for anything else. */
export function useCurrentNavItem(): NavItem {
  const path = useRoute().segments[0];
  return navItems.find((item) => item.path === path) ?? navItems[0]!;
}
