import type { BerthClient } from '../../../../../shared/client';
import type { ContainerStatsSample } from '../../../../../shared/contract/containers';

/** At most this many list rows stream stats at once. */
const MAX_LIST_STREAMS = 30;

/**
 * The list's CPU and memory columns: one `containers.stats` stream per running container on screen, opened
 * when its row scrolls in and cancelled when it scrolls out (or the page goes), never more than a cap.
 * Cells read the latest sample by id and hear only about their own container.
 */
export class StatsHub {
  #client: BerthClient;
  #streams = new Map<string, () => void>();
  #latest = new Map<string, ContainerStatsSample>();
  #listeners = new Map<string, Set<() => void>>();
  #cap: number;

  constructor(client: BerthClient, cap = MAX_LIST_STREAMS) {
    this.#client = client;
    this.#cap = cap;
  }

  /** The containers that should stream now (in order of priority); others are stopped. */
  want(ids: readonly string[]): void {
    const wanted = new Set(ids.slice(0, this.#cap));
    for (const [id, cancel] of this.#streams) {
      if (wanted.has(id)) continue;
      cancel();
      this.#streams.delete(id);
      this.#latest.delete(id);
      this.#notify(id);
    }
    for (const id of wanted) {
      if (this.#streams.has(id)) continue;
      this.#streams.set(
        id,
        this.#client.stream('containers.stats', { id }, {
          onEvent: (sample) => {
            this.#latest.set(id, sample);
            this.#notify(id);
          },
          onEnd: () => {
            // Stopped containers end their stream; a later `want` may open it again.
            this.#streams.delete(id);
          },
        }),
      );
    }
  }

  /** How many streams are open (for tests and the bench). */
  get open(): number {
    return this.#streams.size;
  }

  get(id: string): ContainerStatsSample | undefined {
    return this.#latest.get(id);
  }

  subscribe(id: string, listener: () => void): () => void {
    let set = this.#listeners.get(id);
    if (!set) this.#listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(id);
    };
  }

  dispose(): void {
    for (const cancel of this.#streams.values()) cancel();
    this.#streams.clear();
    this.#latest.clear();
  }

  #notify(id: string): void {
    for (const listener of [...(this.#listeners.get(id) ?? [])]) listener();
  }
}
