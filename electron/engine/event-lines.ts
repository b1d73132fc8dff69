import { jsonLines } from '../util/json-lines.js';
import type { EngineEvent } from '../../shared/contract/engine.js';

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  id?: string;
  timeNano?: number;
  time?: number;
}

/** The engine sends events as JSON objects one per line, and a chunk may end mid-line. */
export function parseEventLines(onEvent: (event: EngineEvent) => void): (chunk: Buffer | string) => void {
  return jsonLines<RawEvent>((raw) => onEvent(normaliseEvent(raw)));
}

export function normaliseEvent(raw: RawEvent): EngineEvent {
  // "exec_start: sh -c …" and "health_status: healthy" carry details after a colon; the action is before it.
  const [action = '', ...rest] = (raw.Action ?? '').split(':');
  const detail = rest.join(':').trim();
  return {
    kind: 'engine',
    type: raw.Type ?? 'unknown',
    action,
    ...(detail ? { detail } : {}),
    id: raw.Actor?.ID ?? raw.id ?? '',
    attributes: raw.Actor?.Attributes ?? {},
    timeNano: raw.timeNano ?? (raw.time ?? 0) * 1e9,
  };
}
