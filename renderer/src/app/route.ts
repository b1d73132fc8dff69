import { useSyncExternalStore } from 'react';
import { navItems, type NavItem } from './navigation';

/*
 * Routing by hash (#/containers): the same static files serve both shells (file:// in Electron, loopback
 * HTTP in the web shell), and a hash change never reloads the page or reaches the server.
 */

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

export function routeHref(item: NavItem): string {
  return `#/${item.path}`;
}

/** The page the address names, or the first page for anything else. */
export function useCurrentNavItem(): NavItem {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return navItems.find((item) => item.path === path) ?? navItems[0]!;
}
