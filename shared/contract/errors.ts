import { z } from 'zod';

/** Every failure that crosses the contract carries one of these codes, from the engine to the UI. */
export const errorCodes = [
  'ENGINE_UNAVAILABLE',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_INPUT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'CANCELLED',
  /** A registry or remote host that cannot be reached (DNS, refused, timed out). */
  'UNREACHABLE',
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorShape = z.infer<typeof ErrorShape>;

/** The one error type of the contract: thrown by handlers, carried by transports, rethrown by the client. */
export class BerthError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'BerthError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  toJSON(): ErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static from(shape: ErrorShape): BerthError {
    return new BerthError(shape.code, shape.message, shape.details);
  }
}

/**
 * What an operation its caller cancelled fails with, on both sides of the wire: code CANCELLED, and the name
 * AbortError that fetch and Node give an aborted operation's error, so that code looking for either knows it.
 */
export function cancelledError(what: string): BerthError {
  const error = new BerthError('CANCELLED', `${what} was cancelled.`);
  error.name = 'AbortError';
  return error;
}
