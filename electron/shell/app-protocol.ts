import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../shared/csp.js';
import { decodeUrlPath } from '../util/url-path.js';

/**
 * The renderer is served from berth://app/ rather than file://: a standard, secure origin of its own (so that
 * ES modules, the CSP and origin checks behave as on the web) that can only read the built renderer folder.
 */
export const APP_ORIGIN = 'berth://app';
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'berth', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle('berth', async (request) => {
    const url = new URL(request.url);
    const pathname = decodeUrlPath(url.pathname);
    const file = pathname === null ? null : path.resolve(root, `.${pathname}`);
    if (url.host !== 'app' || file === null || !(file === root || file.startsWith(root + path.sep))) {
      return new Response('Not found', { status: 404 });
    }
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy());
    return new Response(response.body, { status: response.status, headers });
  });
}

export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}
