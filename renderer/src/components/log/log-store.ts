import { stripAnsi } from './ansi';
import { RingBuffer } from './ring-buffer';

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
  /** The engine's RFC 3339 timestamp, when asked for. */
  time?: string;
  /** The container that wrote it (merged compose logs). */
  container?: string;
}

/** What a terminal would leave of a line: no trailing CR (TTY output), and only what follows the last CR inside it. */
export function normaliseLine(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  const trimmed = end === text.length ? text : text.slice(0, end);
  const cr = trimmed.lastIndexOf('\r');
  return cr < 0 ? trimmed : trimmed.slice(cr + 1);
}

/** Longest line (in characters) the view sizes its horizontal scroll for; longer ones are cut off there. */
export const MAX_LINE_WIDTH = 4000;

/**
 * The lines of one logs view, kept outside React in a bounded ring buffer. Batches are appended as they
 * arrive; listeners (the view) are told at most once per animation frame, with `version` bumped.
 */
export class LogStore {
  buffer: RingBuffer<LogLine>;
  version = 0;
  /** Characters of the longest line seen (capped), for the view's width. */
  widest = 0;
  /** How many lines arrived in total (including those dropped from the front). */
  received = 0;
  /** How many lines left the front of the buffer to make room since it was last cleared. */
  dropped = 0;
  /** Merged logs: each container's number in order of its first line, so that each gets its own colour. */
  readonly containers = new Map<string, number>();
  #listeners = new Set<() => void>();
  #frame: number | null = null;
  #schedule: (callback: () => void) => number;
  #cancelSchedule: (handle: number) => void;

  constructor(capacity: number, schedule?: { request(callback: () => void): number; cancel(handle: number): void }) {
    this.buffer = new RingBuffer<LogLine>(capacity);
    this.#schedule = schedule?.request ?? ((callback) => requestAnimationFrame(callback));
    this.#cancelSchedule = schedule?.cancel ?? ((handle) => cancelAnimationFrame(handle));
  }

  append(lines: readonly LogLine[]): void {
    if (lines.length === 0) return;
    const normalised = new Array<LogLine>(lines.length);
    let widest = this.widest;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const text = normaliseLine(line.text);
      if (line.container !== undefined && !this.containers.has(line.container)) this.containers.set(line.container, this.containers.size);
      normalised[i] = text === line.text ? line : { ...line, text };
      if (text.length > widest && widest < MAX_LINE_WIDTH) widest = Math.min(MAX_LINE_WIDTH, stripAnsi(text).length);
    }
    this.widest = widest;
    this.received += lines.length;
    const before = this.buffer.first;
    this.buffer.push(normalised);
    this.dropped += this.buffer.first - before;
    this.#changed();
  }

  clear(): void {
    this.buffer.clear();
    this.widest = 0;
    this.dropped = 0;
    this.#changed();
  }

  /** A new capacity; the newest lines that fit are kept. */
  setCapacity(capacity: number): void {
    if (capacity === this.buffer.capacity) return;
    const lines = this.buffer.toArray();
    const kept = Math.min(lines.length, capacity);
    // Absolute numbers continue: what is not carried over counts as dropped.
    const next = new RingBuffer<LogLine>(capacity, this.buffer.end - kept);
    next.push(lines.slice(lines.length - kept));
    this.dropped += lines.length - kept;
    this.buffer = next;
    this.#changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  dispose(): void {
    if (this.#frame !== null) this.#cancelSchedule(this.#frame);
    this.#frame = null;
    this.#listeners.clear();
  }

  #changed(): void {
    if (this.#frame !== null) return;
    this.#frame = this.#schedule(() => {
      this.#frame = null;
      this.version++;
      for (const listener of [...this.#listeners]) listener();
    });
  }
}
