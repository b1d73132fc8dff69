/**
 * Collects items and hands them on in batches: every `intervalMs`, or at once when `maxBatch` are waiting.
 * This is how streams keep their frames few and large instead of one frame per line.
 */
export class Batcher<T> {
  private items: T[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly flushTo: (items: T[]) => void,
    intervalMs: number,
    private readonly maxBatch = Infinity,
  ) {
    this.timer = setInterval(() => this.flush(), intervalMs);
  }

  push(item: T): void {
    this.items.push(item);
    if (this.items.length >= this.maxBatch) this.flush();
  }

  flush(): void {
    if (this.items.length === 0) return;
    const items = this.items;
    this.items = [];
    this.flushTo(items);
  }

  /** Sends what is left and stops. */
  close(): void {
    clearInterval(this.timer);
    this.flush();
  }

  /** Stops, dropping what is left (the receiver is gone). */
  dispose(): void {
    clearInterval(this.timer);
    this.items = [];
  }
}
