/**
 * How the renderer is connected to Berth's main side. Electron's IPC is always `open`; the web shell's
 * WebSocket can be lost (the web shell stopped or restarted) or refused (the page has no valid token).
 */
export type CarrierState =
  | { status: 'connecting'; opens: number }
  | { status: 'open'; opens: number }
  /** Dropped or could not connect; the next attempt is at `retryAt` (epoch ms). */
  | { status: 'lost'; opens: number; retryAt: number }
  /** The server is there but turned the WebSocket away: the token is wrong or from another run. */
  | { status: 'refused'; opens: number }
  /** The page was opened without `#token=…` and none is remembered for this tab. */
  | { status: 'no-token'; opens: 0 };
