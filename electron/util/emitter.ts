export interface Disposable {
  dispose(): void;
}

/** Where a listener's failure is told: Berth's log by default, so that it is never lost. */
export type ListenerErrorReporter = (what: string, error: unknown) => void;

const logListenerError: ListenerErrorReporter = (what, error) => {
  console.error(`[berth] a listener of ${what} failed:`, error);
};

/** A minimal typed event emitter whose subscriptions are disposables (the VS Code pattern). */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  /** `what` names the events in the report of a listener that throws. */
  constructor(
    private readonly what = 'an event',
    private readonly report: ListenerErrorReporter = logListenerError,
  ) {}

  on(listener: (value: T) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        // One failing listener must not starve the others; its failure is reported, not swallowed.
        this.report(this.what, error);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }

  clear(): void {
    this.listeners.clear();
  }
}
