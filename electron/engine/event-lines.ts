import type { EngineEvent } from '../../shared/contract/engine.js';

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  id?: string;
  timeNano?: number;
  time?: number;
}

/**
 * The engine sends events as JSON objects one per line, and a chunk may end mid-line: keep the tail.
 * Returns a feeder for raw chunks.
 */
export function parseEventLines(onEvent: (event: EngineEvent) => void): (chunk: Buffer | string) => void {
  let tail = '';
  return (chunk) => {
    tail += chunk.toString();
    let newline: number;
    while ((newline = tail.indexOf('\n')) >= 0) {
      const line = tail.slice(0, newline).trim();
      tail = tail.slice(newline + 1);
      if (!line) continue;
      try {
        onEvent(normaliseEvent(JSON.parse(line) as RawEvent));
      } catch {
        // A line that is not JSON is not an event; nothing to do with it.
      }
    }
  };
}

export function normaliseEvent(raw: RawEvent): EngineEvent {
  return {
    kind: 'engine',
    type: raw.Type ?? 'unknown',
    // "exec_start: sh -c …" and "health_status: healthy" carry details after a colon; the action is before it.
    action: (raw.Action ?? '').split(':')[0] ?? '',
    id: raw.Actor?.ID ?? raw.id ?? '',
    attributes: raw.Actor?.Attributes ?? {},
    timeNano: raw.timeNano ?? (raw.time ?? 0) * 1e9,
  };
}
