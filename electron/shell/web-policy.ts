// What Berth's window may ask of Electron beyond showing its own page: which permissions a page gets, and
// which links open in the user's browser. Pure functions (no Electron import), so the rules are unit-tested.

/**
 * The one permission Berth's page uses: writing text to the clipboard ("copy as docker run" and the like).
 * Camera, microphone, geolocation, notifications (the tray's come from main), MIDI, HID, serial… are refused,
 * and so is everything for a frame that is not Berth's own page.
 */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function permissionAllowed(permission: string, requestingUrl: string | undefined, isAppUrl: (url: string | undefined) => boolean): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** Sites Berth's own text links to (documentation, registries' pages): opened without asking. */
const TRUSTED_LINK_HOSTS = new Set(['docs.docker.com', 'hub.docker.com', 'docs.podman.io', 'podman.io', 'github.com', 'electronjs.org']);

export type LinkDecision = { action: 'open'; url: string } | { action: 'ask'; url: string; host: string } | { action: 'refuse' };

/**
 * A link the page wants opened: https only; a trusted host opens in the browser, any other is asked about
 * first (naming its host); a URL with a user name or password in it is refused (a classic way to disguise
 * where a link goes).
 */
export function linkDecision(raw: string): LinkDecision {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { action: 'refuse' };
  }
  if (url.protocol !== 'https:' || url.username || url.password) return { action: 'refuse' };
  if (TRUSTED_LINK_HOSTS.has(url.hostname)) return { action: 'open', url: url.href };
  return { action: 'ask', url: url.href, host: url.hostname };
}
