import type { Endpoint } from '../../shared/contract/engine.js';
import type { SettingsStore } from '../services/settings/store.js';
import type { EngineConnection } from './connection.js';
import type { EngineProvider } from './providers/provider.js';
import { endpointText } from '../../shared/contract/endpoint-words.js';

/**
 * Which engine Berth talks to: an address given at launch (--engine) wins; then the engine chosen in
 * settings; then the usual resolution (DOCKER_HOST, docker context, default sockets); then the engine Berth
 * runs itself, when it runs. Every change goes through here, so every page follows.
 */
export class EngineSelection {
  constructor(
    private readonly connection: EngineConnection,
    private readonly settings: SettingsStore,
    private readonly provider: EngineProvider,
    private readonly resolve: () => Endpoint | null,
    private readonly explicit: string | null,
  ) {}

  /** What the usual resolution finds, ignoring Berth's own choices. */
  detected(): Endpoint | null {
    return this.resolve();
  }

  current(): Endpoint | null {
    return this.connection.currentEndpoint;
  }

  choose(): Endpoint | null {
    if (this.explicit) return { url: this.explicit, source: 'setting', detail: endpointText('launchFlag') };
    const { engines, activeEngine } = this.settings.get();
    const saved = engines.find((e) => e.id === activeEngine);
    if (saved) return { url: saved.url, source: 'setting', detail: endpointText('saved', { name: saved.name }), engineId: saved.id };
    const found = this.resolve();
    if (found) return found;
    if (this.provider.status().state === 'running') return this.managedEndpoint();
    return null;
  }

  /** Connects to whatever `choose` says now. */
  apply(): void {
    const next = this.choose();
    const current = this.connection.currentEndpoint;
    // No engine at all is a state to say (unavailable, and so looked for), not one to keep "connecting" in.
    if (next && next.url === current?.url && next.engineId === current?.engineId && this.connection.status.state !== 'unavailable') return;
    this.connection.use(next);
  }

  use(id: string | null): void {
    this.settings.update((s) => ({ ...s, activeEngine: id }));
    this.connection.use(this.choose());
  }

  /** The engine Berth runs itself has come up: use it unless the user chose another. */
  managedStarted(): void {
    const chosen = this.choose();
    this.connection.use(chosen && chosen.source !== 'managed' && this.isReachable() ? chosen : this.managedEndpoint());
  }

  private isReachable(): boolean {
    return this.connection.status.state === 'connected';
  }

  private managedEndpoint(): Endpoint {
    return { url: this.provider.socketUrl(), source: 'managed', detail: endpointText('managed', { kind: this.provider.kind }) };
  }
}
