import type { Inbox } from './router.js';

/**
 * A duplex stream's inbox. A client may send (type ahead) before the handler has set up its process and
 * started listening; those messages wait here instead of being lost. Bounded: a handler that never listens
 * cannot make it grow without end.
 */
export class BufferedInbox<T> implements Inbox<T> {
  private listener: ((message: T) => void) | null = null;
  private queue: T[] = [];

  constructor(private readonly limit = 1000) {}

  on(listener: (message: T) => void): void {
    this.listener = listener;
    const queued = this.queue;
    this.queue = [];
    for (const message of queued) listener(message);
  }

  /** Returns false when the message had to be dropped because the queue is full. */
  deliver(message: T): boolean {
    if (this.listener) {
      this.listener(message);
      return true;
    }
    if (this.queue.length >= this.limit) return false;
    this.queue.push(message);
    return true;
  }
}
