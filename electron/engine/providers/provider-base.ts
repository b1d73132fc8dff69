import { BerthError } from '../../../shared/contract/errors.js';
import { Emitter, type Disposable } from '../../util/emitter.js';
import { initialStatus, transition, type ProviderEvent, type ProviderStatus } from './state-machine.js';

/** The status bookkeeping every provider shares: transitions through the state machine, and listeners. */
export abstract class ProviderBase {
  private current: ProviderStatus = initialStatus;
  private readonly emitter = new Emitter<ProviderStatus>('the managed engine’s status');

  status(): ProviderStatus {
    return this.current;
  }

  onStatus(listener: (status: ProviderStatus) => void): Disposable {
    return this.emitter.on(listener);
  }

  /** Applies an event; one the state machine refuses is a CONFLICT with its reason. */
  protected apply(event: ProviderEvent): void {
    const next = transition(this.current, event);
    if (next instanceof Error) throw new BerthError('CONFLICT', next.message);
    if (next === this.current) return;
    this.current = next;
    this.emitter.fire(next);
  }

  /**
   * Runs a start or stop: the steps report progress, and a failure moves to `error` with the message and
   * the log's last lines (which usually say why).
   */
  protected async lifecycle(begin: ProviderEvent, work: (progress: (step: string) => void) => Promise<void>, end: ProviderEvent): Promise<void> {
    this.apply(begin);
    try {
      await work((step) => this.apply({ type: 'progress', step }));
      this.apply(end);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.apply({ type: 'failed', message, lastLines: await this.lastLogLines().catch(() => []) });
      throw error instanceof BerthError ? error : new BerthError('INTERNAL', message);
    }
  }

  protected abstract lastLogLines(): Promise<string[]>;
}
