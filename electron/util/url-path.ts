/**
 * The decoded path of a request URL, or null when it cannot name a file: a malformed percent sequence
 * (`%zz`, a lone `%`, a truncated or overlong UTF-8 sequence) or a NUL. Both the web shell and Electron's
 * berth:// handler decode through here, because `decodeURIComponent` throws on such input and a request
 * from any web page must never be able to throw out of a request handler.
 */
export function decodeUrlPath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/** A request target (`/a/b?c`, or an absolute URL) parsed without throwing; null when it is not a URL at all. */
export function parseRequestTarget(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://request.invalid');
  } catch {
    return null;
  }
}
