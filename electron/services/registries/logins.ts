import path from 'node:path';
import type { RegistryEntry } from '../../../shared/contract/registries.js';
import { readJson, writeJsonAtomic } from '../../util/json-file.js';
import type { DockerCredentials, RegistryCredential } from './credentials.js';

/** An encrypted store of logins that the platform offers (Electron's safeStorage); absent in the web shell. */
export interface SecretStore {
  get(registry: string): Promise<RegistryCredential | null>;
  set(credential: RegistryCredential): Promise<void>;
  delete(registry: string): Promise<void>;
  list(): Promise<{ registry: string; username: string }[]>;
}

interface KnownRegistry {
  registry: string;
  insecure: boolean;
}

/**
 * Every registry login Berth knows, wherever it is kept: this run's memory (logins not remembered), the
 * platform's encrypted store, and the docker CLI's own (credential helpers, config.json). Pull and push ask
 * here; the renderer only ever sees user names.
 */
export class RegistryLogins {
  private readonly session = new Map<string, RegistryCredential>();
  private readonly knownFile: string;

  constructor(
    private readonly docker: DockerCredentials,
    private readonly encrypted: SecretStore | null,
    dataDir: string,
  ) {
    this.knownFile = path.join(dataDir, 'registries.json');
  }

  async lookup(registry: string): Promise<RegistryCredential | null> {
    return this.session.get(registry) ?? (await this.encrypted?.get(registry)) ?? (await this.docker.get(registry));
  }

  /** The docker config folder whose credential helpers and logins are used. */
  get dockerConfigDir(): string {
    return this.docker.configDir;
  }

  /** Where a remembered login would go, or null when there is nowhere safe to put it. */
  rememberTarget(registry: string): 'helper' | 'encrypted' | null {
    if (this.docker.helperFor(registry)) return 'helper';
    return this.encrypted ? 'encrypted' : null;
  }

  /** The helper program that would keep this registry's login (docker-credential-NAME), or null. */
  helperProgram(registry: string): string | null {
    return this.docker.helperFor(registry)?.program ?? null;
  }

  async save(credential: RegistryCredential, remember: boolean, insecure: boolean): Promise<RegistryEntry> {
    this.rememberRegistry(credential.registry, insecure);
    const target = remember ? this.rememberTarget(credential.registry) : null;
    if (target === 'helper') await this.docker.store(credential);
    else if (target === 'encrypted') await this.encrypted!.set(credential);
    // A login kept for this run only, or remembered: either way this run uses the newest one.
    this.session.set(credential.registry, credential);
    return { registry: credential.registry, username: credential.username, storedIn: target ?? 'session', insecure };
  }

  async logout(registry: string): Promise<void> {
    this.session.delete(registry);
    await this.encrypted?.delete(registry);
    await this.docker.erase(registry);
  }

  isInsecure(registry: string): boolean {
    return this.known().some((k) => k.registry === registry && k.insecure);
  }

  async list(): Promise<RegistryEntry[]> {
    const entries = new Map<string, RegistryEntry>();
    const put = (registry: string, username: string | null, storedIn: RegistryEntry['storedIn']) =>
      entries.set(registry, { registry, username, storedIn, insecure: this.isInsecure(registry) });
    put('docker.io', null, null);
    for (const known of this.known()) put(known.registry, null, null);
    for (const login of await this.docker.list()) put(login.registry, login.username, login.source);
    for (const login of (await this.encrypted?.list()) ?? []) put(login.registry, login.username, 'encrypted');
    for (const login of this.session.values()) {
      if (!entries.get(login.registry)?.username) put(login.registry, login.username, 'session');
    }
    return [...entries.values()].sort((a, b) => (a.registry === 'docker.io' ? -1 : b.registry === 'docker.io' ? 1 : a.registry.localeCompare(b.registry)));
  }

  private known(): KnownRegistry[] {
    try {
      return readJson<KnownRegistry[]>(this.knownFile, []);
    } catch {
      return [];
    }
  }

  private rememberRegistry(registry: string, insecure: boolean): void {
    if (registry === 'docker.io') return;
    const known = this.known().filter((k) => k.registry !== registry);
    writeJsonAtomic(this.knownFile, [...known, { registry, insecure }]);
  }
}
