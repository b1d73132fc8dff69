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
 * What each code means to someone using Berth; the engine's own words follow as the detail. Every code has
 * one (the compiler holds this list to the contract's).
 */
const meanings: Record<ErrorCode, string> = {
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

/** For an error that is not Berth's (a bug in the renderer, a browser refusal) or a code from a newer main. */
const fallback = 'Something went wrong inside Berth.';

/**
 * Refusals whose message from main names what is wrong ("Volume data is in use by container web…", "The
 * folder /x does not exist.", "port 8080 is already allocated"): where a view asks for it, that message is
 * the whole explanation and the code's general sentence would only be noise.
 */
const namedByMain: ReadonlySet<ErrorCode> = new Set(['CONFLICT', 'NOT_FOUND', 'INVALID_INPUT', 'FORBIDDEN', 'CANCELLED']);

interface HumanError {
  /** One sentence about what happened, by error code (or main's own, see `ErrorWording.mainWordsFirst`). */
  summary: string;
  /** The message as the engine or main wrote it, when it adds something. */
  detail?: string;
}

/** How one feature words errors, as data: the rest is the same for every view. */
export interface ErrorWording {
  /** The feature's sentence for a code in place of the general one (a registry's NOT_FOUND: "The registry does not have it."). */
  meanings?: Partial<Record<ErrorCode, string>>;
  /** For the refusals main words itself (conflict, not found, invalid input, forbidden, cancelled): its message alone. */
  mainWordsFirst?: boolean;
}

/**
 * A Berth error in words for people: the one place that maps error codes to sentences. The lost connection
 * of the web shell, a registry that wants a login (main names it in `details.registry`), then the code's
 * meaning (the feature's own, else the general one) with main's message as the detail.
 */
export function explainError(error: unknown, wording: ErrorWording = {}): HumanError {
  if (isConnectionLost(error)) {
    return { summary: 'The connection to Berth was lost. It reconnects by itself; try again in a moment.' };
  }
  if (!(error instanceof BerthError)) {
    return { summary: fallback, detail: error instanceof Error ? error.message : String(error) };
  }
  if (wording.mainWordsFirst && error.message && namedByMain.has(error.code)) return { summary: error.message };
  const own = wording.meanings?.[error.code];
  // A registry that refused (pull, push, browsing) names itself: that is a login to make, not Berth's token.
  const registry = (error.details as { registry?: unknown } | undefined)?.registry;
  const summary =
    own ??
    (error.code === 'UNAUTHORIZED' && typeof registry === 'string' ? `${registry} wants a valid login: sign in to it on the Registries page.` : meanings[error.code]) ??
    fallback;
  return error.message && error.message !== summary ? { summary, detail: error.message } : { summary };
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
