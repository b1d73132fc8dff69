const STORAGE_KEY = 'berth.webToken';

/**
 * The web shell's access token. It arrives once in the address (`#token=…`); it is kept in sessionStorage
 * so that a reload of this tab still works, and wiped from the visible URL (and this history entry) so it
 * does not end up in screenshots, bookmarks or shared links.
 */
export function takeWebToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    try {
      sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
