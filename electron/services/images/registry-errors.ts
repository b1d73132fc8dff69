import { BerthError, type ErrorCode } from '../../../shared/contract/errors.js';

/**
 * Registries refuse in words, not status codes: a pull or push that the registry turns down arrives as an
 * error event inside the engine's progress stream (HTTP 200), or as a 500 whose message carries the
 * registry's answer. These are the words the distribution registry, Docker Hub and dockerd use.
 */
const unauthorized = /unauthorized|no basic auth credentials|authentication required|incorrect username or password|requested access to the resource is denied|pull access denied/i;
const notFound = /manifest unknown|not found|repository does not exist|An image does not exist locally/i;

export function registryErrorCode(message: string, fallback: ErrorCode = 'INTERNAL'): ErrorCode {
  if (unauthorized.test(message)) return 'UNAUTHORIZED';
  if (notFound.test(message)) return 'NOT_FOUND';
  return fallback;
}

/** A failure of a pull or push (thrown by the request, or an error event of its stream) with the contract's code. */
export function registryError(error: unknown, what: string): BerthError {
  if (error instanceof BerthError) {
    // NOT_FOUND from a 404 stays; an INTERNAL 500 may really be the registry saying no.
    if (error.code !== 'INTERNAL') return error;
    const code = registryErrorCode(error.message);
    return code === 'INTERNAL' ? error : new BerthError(code, error.message, error.details);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new BerthError(registryErrorCode(message), `${what}: ${message}`);
}
