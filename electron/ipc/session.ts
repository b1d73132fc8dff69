import { BerthError } from '../../shared/contract/errors.js';
import { ClientMessage, isCancel, isSend, RequestId, type ServerMessage } from '../../shared/protocol.js';
import { BufferedInbox } from './inbox.js';
import { boundedError, messageTooComplex } from './message-bounds.js';
import { describeZodError } from './zod-errors.js';
import type { Router } from './router.js';

/**
 * One connected client (a window over IPC, a WebSocket): decodes its messages, runs them through the router,
 * and owns the calls and streams it started, so that a cancel frame stops the one it names and the client
 * going away stops all of them (a call's handler hears it through its signal; see `Router.call`).
 */
export class Session {
  private readonly streams = new Map<number, OpenStream>();
  /**
   * Calls still running, by id, with what cancels them. A new request may not take one of these ids (its
   * answer would be mistaken for theirs).
   */
  private readonly calls = new Map<number, AbortController>();
  private closed = false;

  constructor(
    private readonly router: Router,
    private readonly send: (message: ServerMessage) => void,
  ) {}

  receive(raw: unknown): void {
    if (this.closed) return;
    const tooComplex = messageTooComplex(raw);
    if (tooComplex) {
      this.reply({ id: requestIdOf(raw), error: new BerthError('INVALID_INPUT', `Message refused: ${tooComplex}.`).toJSON() });
      return;
    }
    const parsed = ClientMessage.safeParse(raw);
    if (!parsed.success) {
      this.reply({
        id: requestIdOf(raw),
        error: new BerthError('INVALID_INPUT', `Malformed message: ${describeZodError(parsed.error)}`).toJSON(),
      });
      return;
    }
    const message = parsed.data;
    if (isCancel(message)) {
      // A call answers once its handler has wound down (CANCELLED, or its result if it finished anyway).
      this.streams.get(message.id)?.controller.abort();
      this.calls.get(message.id)?.abort();
      return;
    }
    if (isSend(message)) {
      this.deliver(message.id, message.send);
      return;
    }
    if (this.streams.has(message.id) || this.calls.has(message.id)) {
      // Answered on id -1: an answer on the shared id would end the open request for the client instead.
      this.reply({
        id: -1,
        error: new BerthError('INVALID_INPUT', `Request id ${message.id} is in use by an open request; "${message.op}" was not run.`, {
          requestId: message.id,
        }).toJSON(),
      });
      return;
    }
    if (this.router.kindOf(message.op) === 'stream') void this.runStream(message.id, message.op, message.input);
    else void this.runCall(message.id, message.op, message.input);
  }

  /** A frame the carrier could not turn into a message (binary, not JSON): answered on id -1 with why. */
  refuse(reason: string): void {
    this.reply({ id: -1, error: new BerthError('INVALID_INPUT', reason).toJSON() });
  }

  /** The client went away: cancel everything it had open (nothing is answered any more). */
  close(): void {
    this.closed = true;
    for (const stream of this.streams.values()) stream.controller.abort();
    this.streams.clear();
    for (const call of this.calls.values()) call.abort();
    this.calls.clear();
  }

  get openStreams(): number {
    return this.streams.size;
  }

  private async runCall(id: number, op: string, input: unknown): Promise<void> {
    const controller = new AbortController();
    this.calls.set(id, controller);
    // The id is freed before the answer goes out: a client may reuse it as soon as it has its answer.
    const free = () => {
      if (this.calls.get(id) === controller) this.calls.delete(id);
    };
    try {
      const result = await this.router.call(op, input, controller.signal);
      free();
      this.reply({ id, result });
    } catch (error) {
      free();
      this.reply({ id, error: asShape(error) });
    }
  }

  /** A message into an open duplex stream; a bad one ends that stream with the reason. */
  private deliver(id: number, raw: unknown): void {
    const stream = this.streams.get(id);
    if (!stream) return; // the stream ended while the message was under way
    try {
      if (!stream.inbox.deliver(this.router.parseSend(stream.op, raw))) {
        throw new BerthError('CONFLICT', 'Too many messages sent before the stream was ready.');
      }
    } catch (error) {
      stream.controller.abort();
      this.streams.delete(id);
      this.reply({ id, error: asShape(error) });
    }
  }

  private async runStream(id: number, op: string, input: unknown): Promise<void> {
    const stream: OpenStream = { op, controller: new AbortController(), inbox: new BufferedInbox<unknown>() };
    const { controller } = stream;
    this.streams.set(id, stream);
    try {
      await this.router.stream(op, input, (event) => {
        if (!controller.signal.aborted) this.reply({ id, event });
      }, controller.signal, stream.inbox);
      if (this.streams.get(id) === stream) this.reply({ id, end: true });
    } catch (error) {
      if (this.streams.get(id) === stream) this.reply({ id, error: asShape(error) });
    } finally {
      if (this.streams.get(id) === stream) this.streams.delete(id);
    }
  }

  private reply(message: ServerMessage): void {
    if (this.closed) return;
    this.send('error' in message ? { id: message.id, error: boundedError(message.error) } : message);
  }
}

interface OpenStream {
  op: string;
  controller: AbortController;
  inbox: BufferedInbox<unknown>;
}

/** The id to answer a message that is not well formed with: its own when that is a valid id, otherwise -1. */
function requestIdOf(raw: unknown): number {
  const id = (raw as { id?: unknown } | null)?.id;
  return RequestId.safeParse(id).success ? (id as number) : -1;
}

function asShape(error: unknown) {
  return (error instanceof BerthError ? error : new BerthError('INTERNAL', String(error))).toJSON();
}
