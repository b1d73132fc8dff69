import { BerthError, type ErrorCode } from '../../../shared/contract/errors';

/** Marks the errors the web shell's carrier raises itself, as opposed to errors the engine or main sent. */
const CONNECTION_LOST = 'berth-connection-lost';

export function connectionLostError(): BerthError {
  return new BerthError('ENGINE_UNAVAILABLE', 'The connection to Berth was lost.', { reason: CONNECTION_LOST });
}

export function isConnectionLost(error: unknown): boolean {
  return error instanceof BerthError && (error.details as { reason?: unknown } | undefined)?.reason === CONNECTION_LOST;
}

/**
 * What each code means to someone using Berth; the engine's own words follow as the detail. A code added to
 * the contract later and not yet described here falls back to its message alone.
 */
const meanings: Partial<Record<ErrorCode, string>> & Record<string, string | undefined> = {
  ENGINE_UNAVAILABLE: 'The engine is not reachable. Berth reconnects by itself; try again once it is back.',
  NOT_FOUND: 'It no longer exists: it may have been removed outside Berth.',
  CONFLICT: 'The engine refused: the container is not in a state that allows this.',
  INVALID_INPUT: 'Berth sent a request the engine could not accept.',
  UNAUTHORIZED: 'Berth is not authorised: reopen the address Berth printed, with its token.',
  FORBIDDEN: 'The engine does not allow this.',
  CANCELLED: 'The operation was cancelled.',
  UNREACHABLE: 'A registry or remote host could not be reached: check the address and the network.',
  INTERNAL: 'Something went wrong inside Berth.',
};

const fallback = 'Something went wrong inside Berth.';

export interface HumanError {
  /** One sentence about what happened, by error code. */
  summary: string;
  /** The message as the engine or main wrote it, when it adds something. */
  detail?: string;
}

export function describeError(error: unknown): HumanError {
  if (isConnectionLost(error)) {
    return { summary: 'The connection to Berth was lost. It reconnects by itself; try again in a moment.' };
  }
  if (error instanceof BerthError) {
    // A registry that refused (pull, push, browsing) names itself: that is a login to make, not Berth's token.
    const registry = (error.details as { registry?: unknown } | undefined)?.registry;
    if (error.code === 'UNAUTHORIZED' && typeof registry === 'string') {
      return { summary: `${registry} wants a valid login: sign in to it on the Registries page.`, detail: error.message };
    }
    const summary = meanings[error.code];
    if (!summary) return { summary: error.message || fallback };
    return error.message && error.message !== summary ? { summary, detail: error.message } : { summary };
  }
  return { summary: fallback, detail: error instanceof Error ? error.message : String(error) };
}

export function isCancelled(error: unknown): boolean {
  return error instanceof BerthError && error.code === 'CANCELLED';
}

/** The file an export or save failed on already exists, or the volume an import failed on holds files: asked again with overwrite. */
export function isOverwriteConflict(error: unknown): 'file-exists' | 'not-empty' | null {
  if (!(error instanceof BerthError) || error.code !== 'CONFLICT') return null;
  const details = (error.details ?? {}) as { exists?: unknown; notEmpty?: unknown };
  if (details.exists === true) return 'file-exists';
  if (details.notEmpty === true || /not empty/i.test(error.message)) return 'not-empty';
  return null;
}
