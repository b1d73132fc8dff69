import type { Disposable } from '../../util/emitter.js';
import type { ProviderStatus } from './state-machine.js';

/** Sizes a VM engine runs with; a dockerd on the host has none. */
export interface MachineResources {
  cpus: number;
  memoryGiB: number;
  diskGiB: number;
}

/**
 * An engine Berth starts and stops itself. Each platform has one: dockerd on Linux, Lima on macOS, WSL2 on
 * Windows. Whatever it runs, it ends in a Docker API socket Berth connects to.
 */
export interface EngineProvider {
  readonly kind: 'dockerd' | 'lima' | 'wsl2';
  /** Why this provider cannot run here (tool missing, not root…), or null when it can. */
  unavailableReason(): Promise<string | null>;
  status(): ProviderStatus;
  onStatus(listener: (status: ProviderStatus) => void): Disposable;
  /** The engine's socket as an endpoint URL (unix:// or npipe://). */
  socketUrl(): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The provider's log: the last lines, then new ones until the signal aborts. */
  followLog(onLines: (lines: string[]) => void, signal: AbortSignal): Promise<void>;
  /** Whether Berth started it in this run (and so may stop it on quit). */
  readonly startedByBerth: boolean;
  /** Looks at the world (process alive, VM list) and updates the status. */
  refresh(): Promise<void>;
  resources?(): MachineResources | null;
  /** Changing resources of a VM needs a restart: returns the reasons, one per changed value. */
  setResources?(next: MachineResources): string[];
}
