import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BerthError, errorCodes, type ErrorCode } from '../../../shared/contract/errors';
import { issueDetailsOf, wordIssueDetails } from './zod-issues';

/** Marks the errors the web shell's carrier raises itself, as opposed to errors the engine or main sent. */
const CONNECTION_LOST = 'berth-connection-lost';

export function connectionLostError(): BerthError {
  return new BerthError('ENGINE_UNAVAILABLE', 'The connection to Berth was lost.', { reason: CONNECTION_LOST });
}

export function isConnectionLost(error: unknown): boolean {
  return error instanceof BerthError && (error.details as { reason?: unknown } | undefined)?.reason === CONNECTION_LOST;
}

/** A sentence in an ErrorWording: words already in the UI language, or a message key (`ns:key`) with its values. */
export type ErrorMeaning = string | { key: string; values?: Record<string, unknown> };

/**
 * Refusals whose message from main names what is wrong ("Volume data is in use by container web…", "The
 * folder /x does not exist.", "port 8080 is already allocated"): where a view asks for it, that message is
 * the whole explanation and the code's general sentence would only be noise.
 */
const namedByMain: ReadonlySet<ErrorCode> = new Set(['CONFLICT', 'NOT_FOUND', 'INVALID_INPUT', 'FORBIDDEN', 'CANCELLED']);

export interface HumanError {
  /** One sentence about what happened, by error code (or main's own, see `ErrorWording.mainWordsFirst`). */
  summary: string;
  /** The message as the engine or main wrote it, when it adds something. */
  detail?: string;
  /**
   * An INVALID_INPUT whose details carry zod issues (main's schema check of a request): each in words, in the UI
   * language as far as they are zod's own, for a view that points at fields. The detail still has main's message.
   */
  issues?: string[];
}

/** How one feature words errors, as data: the rest is the same for every view. */
export interface ErrorWording {
  /** The feature's sentence for a code in place of the general one (a registry's NOT_FOUND: "The registry does not have it."). */
  meanings?: Partial<Record<ErrorCode, ErrorMeaning>>;
  /** For the refusals main words itself (conflict, not found, invalid input, forbidden, cancelled): its message alone. */
  mainWordsFirst?: boolean;
}

function wordMeaning(meaning: ErrorMeaning, t: TFunction): string {
  return typeof meaning === 'string' ? meaning : t(meaning.key, meaning.values ?? {});
}

/** A code of the contract, as opposed to one from a newer main that this renderer has no sentence for. */
const isKnownCode = (code: unknown): code is ErrorCode => (errorCodes as readonly unknown[]).includes(code);

/**
 * A Berth error in words for people: the one place that maps error codes to sentences. The lost connection
 * of the web shell, a registry that wants a login (main names it in `details.registry`), then the code's
 * meaning (the feature's own, else the general one) with main's message as the detail.
 *
 * `t` is a TFunction of the `errors` namespace (or any namespace, once `errors` is loaded: the keys name it);
 * in components, `useExplainError()` supplies it.
 */
export function explainError(error: unknown, t: TFunction, wording: ErrorWording = {}): HumanError {
  const fallback = t('errors:fallback');
  if (isConnectionLost(error)) {
    return { summary: t('errors:connectionLost') };
  }
  if (!(error instanceof BerthError)) {
    return { summary: fallback, detail: error instanceof Error ? error.message : String(error) };
  }
  if (wording.mainWordsFirst && error.message && namedByMain.has(error.code)) return { summary: error.message };
  const own = wording.meanings?.[error.code];
  // A registry that refused (pull, push, browsing) names itself: that is a login to make, not Berth's token.
  const registry = (error.details as { registry?: unknown } | undefined)?.registry;
  const summary =
    own !== undefined
      ? wordMeaning(own, t)
      : error.code === 'UNAUTHORIZED' && typeof registry === 'string'
        ? t('errors:registryWantsLogin', { registry })
        : isKnownCode(error.code)
          ? t(`errors:meaning.${error.code}`)
          : fallback;
  const issueDetails = error.code === 'INVALID_INPUT' ? issueDetailsOf(error.details) : null;
  const issues = issueDetails && issueDetails.issues.length > 0 ? { issues: wordIssueDetails(issueDetails, t) } : {};
  return error.message && error.message !== summary ? { summary, detail: error.message, ...issues } : { summary, ...issues };
}

/**
 * `explainError` in the UI language, with today's call shape: `const explain = useExplainError();` then
 * `explain(error, wording?)`. Loads the `errors` namespace (the component suspends until it is there).
 */
export function useExplainError(): (error: unknown, wording?: ErrorWording) => HumanError {
  const { t } = useTranslation('errors');
  return useCallback((error: unknown, wording?: ErrorWording) => explainError(error, t as TFunction, wording), [t]);
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
