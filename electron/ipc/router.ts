import type { z } from 'zod';
import {
  BerthError,
  cancelledError,
  contract,
  isOpName,
  type CallName,
  type EventOf,
  type OutputOf,
  type ParsedInputOf,
  type SendOf,
  type StreamName,
} from '../../shared/contract/index.js';
import { SHAREABLE_CALLS, SharedCalls } from './shared-calls.js';
import { describeZodError, zodIssueDetails } from './zod-errors.js';

/** The signal of a call nobody can cancel. */
const NEVER_ABORTED = new AbortController().signal;

export type CallHandler<K extends CallName> = (input: ParsedInputOf<K>, signal: AbortSignal) => Promise<OutputOf<K>>;
/** Where a duplex stream's handler hears the client's messages (already validated against `send`). */
export interface Inbox<T> {
  on(listener: (message: T) => void): void;
}

/** A stream handler emits events and resolves when its stream ends; `signal` aborts on cancel. */
export type StreamHandler<K extends StreamName> = (
  input: ParsedInputOf<K>,
  emit: (event: EventOf<K>) => void,
  signal: AbortSignal,
  inbox: Inbox<SendOf<K>>,
) => Promise<void>;

export type Handlers = { [K in CallName]: CallHandler<K> } & { [K in StreamName]: StreamHandler<K> };
/** A part of the handler table; services export these and main merges them into `Handlers`. */
export type HandlerGroup<K extends CallName | StreamName> = Pick<Handlers, K>;

export interface RouterOptions {
  /** Check every output and event against its schema too (tests turn this on; it costs a parse per frame). */
  validateOutputs?: boolean;
  /** Called with each failure that is not a BerthError, before it is turned into INTERNAL. */
  onUnexpectedError?(op: string, error: unknown): void;
}

/**
 * op name → validated input → handler → output. Nothing reaches a handler before its input has passed the
 * contract's schema; unknown operations and malformed inputs fail with INVALID_INPUT.
 */
export class Router {
  private readonly shared = new SharedCalls();

  constructor(
    private readonly handlers: Handlers,
    private readonly options: RouterOptions = {},
  ) {}

  kindOf(op: string): 'call' | 'stream' | undefined {
    return isOpName(op) ? contract[op].kind : undefined;
  }

  /**
   * Runs a call by name (the carriers' entry: the name and input come off the wire). Code inside main calls
   * through `inProcessCaller(router)`, which types both from the contract.
   *
   * Cancelling (`signal` aborts): a call not started yet does not start; a handler hears it through its own
   * signal, and whatever it throws from then on is answered CANCELLED. A handler that stops early never returns
   * what it had so far (it throws), and one that changes things undoes its half-done work before it settles,
   * so a CANCELLED answer comes after nothing of the call is left running. A handler that finished anyway
   * answers its result: what it did is done, and saying CANCELLED would hide it.
   */
  async call(op: string, rawInput: unknown, signal: AbortSignal = NEVER_ABORTED): Promise<unknown> {
    const spec = this.spec(op, 'call');
    const input = parseInput(op, spec.input, rawInput);
    if (signal.aborted) throw cancelledError(`"${op}"`);
    const handler = this.handlers[op as CallName] as (i: unknown, s: AbortSignal) => Promise<unknown>;
    const run = async (runSignal: AbortSignal) => {
      try {
        const output = await handler(input, runSignal);
        return this.options.validateOutputs ? this.checkOutput(op, spec.output, output) : output;
      } catch (error) {
        throw runSignal.aborted ? cancelledError(`"${op}"`) : this.normalise(op, error);
      }
    };
    if (!SHAREABLE_CALLS.has(op)) return run(signal);
    try {
      // The parsed input has its keys in schema order, so equal requests give equal keys.
      return await this.shared.run(`${op}\0${JSON.stringify(input)}`, signal, run);
    } catch (error) {
      // A caller that left a run others still wait on is answered at once.
      throw signal.aborted ? cancelledError(`"${op}"`) : error;
    }
  }

  async stream(
    op: string,
    rawInput: unknown,
    emit: (event: unknown) => void,
    signal: AbortSignal,
    inbox: Inbox<unknown> = { on: () => {} },
  ): Promise<void> {
    const spec = this.spec(op, 'stream');
    const input = parseInput(op, spec.input, rawInput);
    const handler = this.handlers[op as StreamName] as (
      i: unknown,
      e: (event: unknown) => void,
      s: AbortSignal,
      inbox: Inbox<unknown>,
    ) => Promise<void>;
    const checkedEmit = this.options.validateOutputs
      ? (event: unknown) => emit(this.checkOutput(op, spec.event, event))
      : emit;
    try {
      await handler(input, checkedEmit, signal, inbox);
    } catch (error) {
      if (signal.aborted) return; // a cancelled stream ends quietly, whatever its handler threw on the way out
      throw this.normalise(op, error);
    }
  }

  /** Checks a message sent into an open stream against the stream's `send` schema. */
  parseSend(op: string, raw: unknown): unknown {
    const spec = this.spec(op, 'stream');
    if (!spec.send) throw new BerthError('INVALID_INPUT', `"${op}" takes no messages while open.`);
    return parseInput(op, spec.send, raw);
  }

  private spec<T extends 'call' | 'stream'>(op: string, kind: T) {
    if (!isOpName(op)) throw new BerthError('INVALID_INPUT', `Unknown operation "${op}".`);
    const spec = contract[op];
    if (spec.kind !== kind) {
      throw new BerthError('INVALID_INPUT', `"${op}" is a ${spec.kind}, not a ${kind}.`);
    }
    return spec as T extends 'call' ? Extract<typeof spec, { kind: 'call' }> : Extract<typeof spec, { kind: 'stream' }>;
  }

  private checkOutput(op: string, schema: z.ZodType, value: unknown): unknown {
    const result = schema.safeParse(value);
    if (!result.success) {
      throw new BerthError('INTERNAL', `"${op}" produced output outside its contract: ${describeZodError(result.error)}`);
    }
    return result.data;
  }

  private normalise(op: string, error: unknown): BerthError {
    if (error instanceof BerthError) return error;
    this.options.onUnexpectedError?.(op, error);
    return new BerthError('INTERNAL', error instanceof Error ? error.message : String(error));
  }
}

function parseInput(op: string, schema: z.ZodType, raw: unknown): unknown {
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    throw new BerthError('INVALID_INPUT', `Invalid input for "${op}": ${describeZodError(result.error)}`, zodIssueDetails(result.error));
  }
  return result.data;
}
