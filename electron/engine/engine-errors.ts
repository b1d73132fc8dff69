import { BerthError, type ErrorCode } from '../../shared/contract/errors.js';

interface EngineFailure {
  statusCode?: number;
  code?: string;
  json?: { message?: string } | null;
  reason?: string;
  message?: string;
}

const unreachableCodes = new Set(['ECONNREFUSED', 'ENOENT', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'EACCES']);

/** Whether an error says the engine itself cannot be reached (as opposed to refusing a request). */
export function isUnreachable(error: unknown): boolean {
  const code = (error as EngineFailure | null)?.code;
  return typeof code === 'string' && unreachableCodes.has(code);
}

/** Maps what dockerode throws to the contract's error codes, keeping the engine's own words. */
export function toBerthError(error: unknown, what?: string): BerthError {
  if (error instanceof BerthError) return error;
  const failure = (error ?? {}) as EngineFailure;
  if (isUnreachable(error)) {
    const hint = failure.code === 'EACCES' ? ' (permission denied on the engine socket)' : '';
    return new BerthError('ENGINE_UNAVAILABLE', `The engine cannot be reached${hint}: ${failure.message ?? failure.code}`);
  }
  const engineMessage = failure.json?.message ?? failure.reason ?? failure.message ?? String(error);
  const message = what ? `${what}: ${engineMessage}` : engineMessage;
  return new BerthError(codeForStatus(failure.statusCode), message, failure.statusCode ? { status: failure.statusCode } : undefined);
}

function codeForStatus(status: number | undefined): ErrorCode {
  switch (status) {
    case 400:
      return 'INVALID_INPUT';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    default:
      return 'INTERNAL';
  }
}
