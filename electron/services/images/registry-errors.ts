import { BerthError, type ErrorCode } from '../../../shared/contract/errors.js';

/**
 * Registries refuse in words, not status codes: a pull or push that the registry turns down arrives as an
 * error event inside the engine's progress stream (HTTP 200), or as a 500 whose message carries the
 * registry's answer. These are the words the distribution registry, Docker Hub and dockerd use.
 */
const unauthorized = /unauthorized|no basic auth credentials|authentication required|incorrect username or password|requested access to the resource is denied|pull access denied/i;
const notFound = /manifest unknown|not found|repository does not exist|An image does not exist locally/i;
/** The engine's words when it could not talk to the registry at all (stopped, wrong port, no network, no DNS). */
const unreachable = /connection refused|no such host|i\/o timeout|network is unreachable|no route to host|TLS handshake timeout|dial tcp/i;

export function registryErrorCode(message: string, fallback: ErrorCode = 'INTERNAL'): ErrorCode {
  if (unauthorized.test(message)) return 'UNAUTHORIZED';
  if (unreachable.test(message)) return 'UNREACHABLE';
  if (notFound.test(message)) return 'NOT_FOUND';
  return fallback;
}

/** A failure of a pull or push (thrown by the request, or an error event of its stream) with the contract's code. */
export function registryError(error: unknown, what: string): BerthError {
  if (error instanceof BerthError) {
    // NOT_FOUND from a 404 stays; an INTERNAL 500 may really be the registry saying no.
    if (error.code !== 'INTERNAL') return error;
    const code = registryErrorCode(error.message);
    return code === 'INTERNAL' ? error : new BerthError(code, worded(code, error.message), error.details);
  }
  const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
  const code = registryErrorCode(message);
  return new BerthError(code, worded(code, message));
}

/** The engine's own words stay (they name the address it tried); an unreachable registry gets a plain hint first. */
function worded(code: ErrorCode, message: string): string {
  return code === 'UNREACHABLE' ? `The registry could not be reached (is it running, at that address and port?). ${message}` : message;
}
