import type { z } from 'zod';

/** A request → response operation. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly kind: 'call';
  readonly summary: string;
  readonly input: I;
  readonly output: O;
}

/**
 * An operation that emits events until it ends, fails or is cancelled. A duplex stream (an exec terminal)
 * also takes messages from the client while it is open: `send` is their schema.
 */
export interface StreamSpec<I extends z.ZodType = z.ZodType, E extends z.ZodType = z.ZodType, S extends z.ZodType = z.ZodType> {
  readonly kind: 'stream';
  readonly summary: string;
  readonly input: I;
  readonly event: E;
  readonly send?: S;
}

export type OpSpec = CallSpec | StreamSpec;

export function call<I extends z.ZodType, O extends z.ZodType>(spec: {
  summary: string;
  input: I;
  output: O;
}): CallSpec<I, O> {
  return { kind: 'call', ...spec };
}

export function stream<I extends z.ZodType, E extends z.ZodType, S extends z.ZodType = z.ZodNever>(spec: {
  summary: string;
  input: I;
  event: E;
  send?: S;
}): StreamSpec<I, E, S> {
  return { kind: 'stream', ...spec };
}
