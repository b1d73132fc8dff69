import type { Endpoint, EngineStatus } from '../../shared/contract/engine.js';
import type { Disposable } from '../util/emitter.js';

export interface SocketDiscoveryOptions {
  /** The connection's status now, and every change. */
  status(): EngineStatus;
  onStatus(listener: (status: EngineStatus) => void): Disposable;
  /** The default sockets whose file exists now, in resolution order (a stat of each path, nothing more). */
  candidates(): Endpoint[];
  /** Whether the engine behind an endpoint answers a ping. */
  answers(endpoint: Endpoint): Promise<boolean>;
  /** Connects to it. */
  use(endpoint: Endpoint): void;
  intervalMs?: number;
}

/** Found by looking at the default sockets, not chosen by the user: only such an engine is traded for another. */
const FOUND_BY_LOOKING = new Set<Endpoint['source']>(['default-socket', 'podman-socket']);

/**
 * While no engine is found, or the engine Berth found by itself has gone away, Berth looks again every few
 * seconds and connects to the first default socket that answers: an engine started after Berth (Podman's
 * service at /run/podman/podman.sock, Docker Desktop) is noticed without a restart. Looking is a stat of the
 * candidate paths; only a socket that exists is pinged, and nothing runs while an engine is connected or the
 * user chose one (a setting, DOCKER_HOST, a context: those are retried by the connection itself).
 */
export class SocketDiscovery {
  private timer: NodeJS.Timeout | null = null;
  private looking = false;
  private readonly subscription: Disposable;
  private readonly intervalMs: number;

  constructor(private readonly options: SocketDiscoveryOptions) {
    this.intervalMs = options.intervalMs ?? 2000;
    this.subscription = options.onStatus((status) => this.follow(status));
    this.follow(options.status());
  }

  dispose(): void {
    this.subscription.dispose();
    this.stop();
  }

  private follow(status: EngineStatus): void {
    const wanted = status.state === 'unavailable' && !status.hostKey && (!status.endpoint || FOUND_BY_LOOKING.has(status.endpoint.source));
    if (!wanted) return this.stop();
    if (this.timer) return;
    this.timer = setInterval(() => void this.look(), this.intervalMs);
    this.timer.unref?.();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async look(): Promise<void> {
    if (this.looking) return;
    this.looking = true;
    try {
      for (const candidate of this.options.candidates()) {
        if (!this.timer) return;
        if (!(await this.options.answers(candidate))) continue;
        const status = this.options.status();
        // Connected meanwhile (the connection's own retry reached the same engine): nothing to do.
        if (status.state !== 'unavailable') return;
        this.stop();
        this.options.use(candidate);
        return;
      }
    } finally {
      this.looking = false;
    }
  }
}
