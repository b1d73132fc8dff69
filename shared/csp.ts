/**
 * The renderer's Content-Security-Policy, the same in both shells. No inline scripts, no eval, no remote
 * code; connections only to this origin (the web shell's WebSocket, the UI text files). MUI's emotion injects <style> tags, hence
 * 'unsafe-inline' for styles only.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    // The web shell's WebSocket, and in both shells the UI text files the renderer fetches from its own origin.
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
