import type { ErrorShape } from '../../shared/contract/errors.js';

/**
 * Limits on what one client message may be before any schema looks at it. A schema walks every node of its
 * input and records an issue per bad one, so a frame of a few MB of tiny values (or arrays nested 100,000 deep)
 * costs far more memory and time than its size suggests. Real inputs are small: the largest are uploads, whose
 * bulk is a few long strings.
 */
const MAX_NODES = 100_000;
const MAX_DEPTH = 64;

/** Why `value` is too large or deep to inspect, or null when it is within bounds. Iterative: no recursion to overflow. */
export function messageTooComplex(value: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (++nodes > MAX_NODES) return `more than ${MAX_NODES} values in one message`;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_DEPTH) return `nested more than ${MAX_DEPTH} levels deep`;
    const children = Array.isArray(current) ? current : Object.values(current);
    if (nodes + stack.length + children.length > MAX_NODES) return `more than ${MAX_NODES} values in one message`;
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

const MAX_ERROR_MESSAGE = 2000;
const MAX_ERROR_DETAILS_BYTES = 8 * 1024;

/**
 * An error as it may leave the process: its message cut to a readable length and details that are small or
 * dropped, so that an error echoing its input (an engine message, a handler's exception) cannot amplify a request.
 */
export function boundedError(shape: ErrorShape): ErrorShape {
  const message = shape.message.length > MAX_ERROR_MESSAGE ? `${shape.message.slice(0, MAX_ERROR_MESSAGE)}… (cut)` : shape.message;
  if (shape.details === undefined) return { code: shape.code, message };
  let size: number;
  try {
    size = JSON.stringify(shape.details)?.length ?? 0;
  } catch {
    size = Infinity; // cyclic or otherwise not serialisable
  }
  return size <= MAX_ERROR_DETAILS_BYTES ? { code: shape.code, message, details: shape.details } : { code: shape.code, message };
}
