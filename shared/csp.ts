/**
 * The renderer's Content-Security-Policy, one source for both shells. No inline scripts, no eval, no remote
 * code; connections only to this origin (web shell's WebSocket). MUI's emotion injects <style> tags, hence
 * 'unsafe-inline' for styles only.
 */
export function contentSecurityPolicy(shell: 'electron' | 'web'): string {
  const connect = shell === 'web' ? "connect-src 'self'" : "connect-src 'none'";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    connect,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
