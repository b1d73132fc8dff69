import { z } from 'zod';
import { ErrorShape } from './contract/errors.js';

/**
 * The wire format shared by both carriers (Electron IPC and the web shell's WebSocket): JSON messages
 * multiplexed by a caller-chosen id.
 *   call:   {id, op, input}            → {id, result} | {id, error}
 *   stream: {id, op, input}            → {id, event}* then {id, end: true} | {id, error}
 *   cancel: {id, cancel: true}         stops a stream (its end frame follows) or a call (answered CANCELLED once
 *                                      its handler has wound down, or with its result if it had finished)
 *   send:   {id, send: value}          a message into an open duplex stream (terminal input, resize)
 */
/**
 * The largest message either carrier accepts: the largest legitimate one is an upload of one file at its
 * 16 MiB base64 limit (containers.files.upload, volumes.files.upload) plus the envelope around it.
 */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024 + 64 * 1024;

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
