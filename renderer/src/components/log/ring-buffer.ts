/**
 * A fixed-capacity FIFO: pushing past the capacity drops the oldest items. Items keep a stable absolute
 * number (how many were ever pushed before them), so a view can tell which ones scrolled off the front.
 * Appending a batch copies only the batch, never what is already stored.
 */
export class RingBuffer<T> {
  #items: (T | undefined)[];
  #capacity: number;
  /** Index in #items of the oldest item. */
  #head = 0;
  #length = 0;
  /** Absolute number of the oldest item still stored. */
  #first = 0;

  /** `first`: the absolute number of the first item (to continue another buffer's numbering). */
  constructor(capacity: number, first = 0) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    this.#capacity = capacity;
    this.#first = first;
    this.#items = new Array<T | undefined>(Math.min(capacity, 1024));
  }

  get length(): number {
    return this.#length;
  }

  get capacity(): number {
    return this.#capacity;
  }

  /** Absolute number of the oldest stored item (= how many have been dropped or cleared). */
  get first(): number {
    return this.#first;
  }

  /** Absolute number the next pushed item will get. */
  get end(): number {
    return this.#first + this.#length;
  }

  /** The item at position `index` (0 = oldest stored), or undefined. */
  at(index: number): T | undefined {
    if (index < 0 || index >= this.#length) return undefined;
    return this.#items[(this.#head + index) % this.#items.length];
  }

  /** The item with this absolute number, if it is still stored. */
  byNumber(absolute: number): T | undefined {
    return this.at(absolute - this.#first);
  }

  push(items: readonly T[]): void {
    // Only the last `capacity` of a huge batch can survive.
    const start = Math.max(0, items.length - this.#capacity);
    if (start > 0) {
      this.#first += this.#length + start;
      this.#head = 0;
      this.#length = 0;
    }
    this.#grow(Math.min(this.#capacity, this.#length + items.length - start));
    const size = this.#items.length;
    for (let i = start; i < items.length; i++) {
      if (this.#length === this.#capacity) {
        this.#items[this.#head] = items[i];
        this.#head = (this.#head + 1) % size;
        this.#first++;
      } else {
        this.#items[(this.#head + this.#length) % size] = items[i];
        this.#length++;
      }
    }
  }

  clear(): void {
    this.#first += this.#length;
    this.#items = new Array<T | undefined>(Math.min(this.#capacity, 1024));
    this.#head = 0;
    this.#length = 0;
  }

  /** Every stored item, oldest first (a copy). */
  toArray(): T[] {
    const out = new Array<T>(this.#length);
    for (let i = 0; i < this.#length; i++) out[i] = this.at(i)!;
    return out;
  }

  /** Grows the backing array (doubling, up to the capacity) so that `needed` items fit; never shrinks. */
  #grow(needed: number): void {
    if (needed <= this.#items.length) return;
    let size = this.#items.length;
    while (size < needed) size = Math.min(this.#capacity, size * 2);
    const next = new Array<T | undefined>(size);
    for (let i = 0; i < this.#length; i++) next[i] = this.#items[(this.#head + i) % this.#items.length];
    this.#items = next;
    this.#head = 0;
  }
}
