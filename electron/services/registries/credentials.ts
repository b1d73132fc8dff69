import { CredentialHelper } from './credential-helper.js';
import { configKeyFor, readDockerConfig, registryOfKey, writeDockerConfig, type DockerConfigFile } from './docker-config.js';

export interface RegistryCredential {
  registry: string;
  username: string;
  /** A password or access token. Never leaves main: not in results, logs, errors or settings. */
  secret: string;
}

/** Where a registry's login lives, as the UI may show it (never the secret). */
export type CredentialSource = 'helper' | 'config-file';

/**
 * Registry logins stored the docker CLI's way, so that Berth and the CLI share them: through the credential
 * helper config.json names (`credHelpers` for that registry, else `credsStore`), or — only for logins made by
 * other tools — base64 `auths` entries, which Berth reads but never writes (they are plain text on disk).
 */
export class DockerCredentials {
  constructor(
    /** The docker config folder read and written: $DOCKER_CONFIG when set, else ~/.docker (see dockerConfigDir). */
    readonly configDir: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private config(): DockerConfigFile {
    return readDockerConfig(this.configDir);
  }

  /** The helper that stores this registry's secret, or null when config.json names none. */
  helperFor(registry: string): CredentialHelper | null {
    const config = this.config();
    const name = config.credHelpers?.[configKeyFor(registry)] ?? config.credHelpers?.[registry] ?? config.credsStore;
    return name ? new CredentialHelper(name, this.env) : null;
  }

  async get(registry: string): Promise<RegistryCredential | null> {
    const key = configKeyFor(registry);
    const helper = this.helperFor(registry);
    if (helper) {
      const found = (await helper.get(key)) ?? (key !== registry ? await helper.get(registry) : null);
      if (found) return { registry, username: found.Username, secret: found.Secret };
    }
    const entry = this.config().auths?.[key] ?? this.config().auths?.[`https://${registry}`] ?? this.config().auths?.[`http://${registry}`];
    if (entry?.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { registry, username: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
    }
    if (entry?.username && entry.password) return { registry, username: entry.username, secret: entry.password };
    return null;
  }

  /** Every registry with a login (from the helper's list and from config.json), with the user name. */
  async list(): Promise<{ registry: string; username: string; source: CredentialSource }[]> {
    const config = this.config();
    const found = new Map<string, { registry: string; username: string; source: CredentialSource }>();
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
      if (!entry.auth && !entry.username) continue; // an empty entry marks a helper-stored login
      const username = entry.username ?? Buffer.from(entry.auth ?? '', 'base64').toString('utf8').split(':')[0] ?? '';
      found.set(registryOfKey(key), { registry: registryOfKey(key), username, source: 'config-file' });
    }
    const helpers = new Set([config.credsStore, ...Object.values(config.credHelpers ?? {})].filter((n): n is string => Boolean(n)));
    for (const name of helpers) {
      try {
        for (const [key, username] of Object.entries(await new CredentialHelper(name, this.env).list())) {
          found.set(registryOfKey(key), { registry: registryOfKey(key), username, source: 'helper' });
        }
      } catch {
        // A helper that cannot list (locked keychain, not installed) hides its logins rather than breaking the page.
      }
    }
    return [...found.values()].sort((a, b) => a.registry.localeCompare(b.registry));
  }

  /**
   * Stores a login through the credential helper. Without one, refuses: Berth never writes a secret to disk
   * in plain text (the Electron shell offers its own encrypted store instead).
   */
  async store(credential: RegistryCredential): Promise<void> {
    const helper = this.helperFor(credential.registry);
    if (!helper) throw new Error('no credential helper is configured');
    const key = configKeyFor(credential.registry);
    await helper.store({ ServerURL: key, Username: credential.username, Secret: credential.secret });
    // Like the CLI: an empty auths entry records that a login exists, and any old plain-text one is dropped.
    const config = this.config();
    config.auths = { ...(config.auths ?? {}), [key]: {} };
    writeDockerConfig(this.configDir, config);
  }

  async erase(registry: string): Promise<void> {
    const key = configKeyFor(registry);
    await this.helperFor(registry)?.erase(key);
    const config = this.config();
    if (config.auths && key in config.auths) {
      delete config.auths[key];
      writeDockerConfig(this.configDir, config);
    }
  }
}
