import { z } from 'zod';
import { ErrorShape } from './contract/errors.js';

/**
 * The wire format shared by both carriers (Electron IPC and the web shell's WebSocket): JSON messages
 * multiplexed by a caller-chosen id.
 *   call:   {id, op, input}            → {id, result} | {id, error}
 *   stream: {id, op, input}            → {id, event}* then {id, end: true} | {id, error}
 *   cancel: {id, cancel: true}         stops a stream (its end frame follows)
 *   send:   {id, send: value}          a message into an open duplex stream (terminal input, resize)
 */
export const RequestId = z.number().int().nonnegative();

export const ClientMessage = z.union([
  z.object({ id: RequestId, cancel: z.literal(true) }).strict(),
  z.object({ id: RequestId, send: z.unknown() }).strict(),
  z.object({ id: RequestId, op: z.string().min(1), input: z.unknown().optional() }).strict(),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

export type ServerMessage =
  | { id: number; result: unknown }
  | { id: number; event: unknown }
  | { id: number; end: true }
  | { id: number; error: ErrorShape };

export function isCancel(msg: ClientMessage): msg is { id: number; cancel: true } {
  return 'cancel' in msg;
}

export function isSend(msg: ClientMessage): msg is { id: number; send: unknown } {
  return 'send' in msg;
}
