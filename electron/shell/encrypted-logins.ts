import { safeStorage } from 'electron';
import path from 'node:path';
import type { RegistryCredential } from '../services/registries/credentials.js';
import type { SecretStore } from '../services/registries/logins.js';
import { readJson, writeJsonAtomic } from '../util/json-file.js';

type StoredLogins = Record<string, { username: string; secret: string /* base64 of the OS-encrypted bytes */ }>;

/**
 * Registry logins encrypted by the OS (Keychain, DPAPI, libsecret/kwallet) through Electron's safeStorage,
 * for machines whose docker config names no credential helper. Returns null where the OS offers no real
 * encryption (Linux without a keyring falls back to a hard-coded key: that is not safe, so Berth won't use it).
 */
export function createEncryptedLogins(dataDir: string): SecretStore | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  const file = path.join(dataDir, 'registry-logins.json');
  const read = () => readJson<StoredLogins>(file, {});
  return {
    async get(registry: string): Promise<RegistryCredential | null> {
      const entry = read()[registry];
      if (!entry) return null;
      return { registry, username: entry.username, secret: safeStorage.decryptString(Buffer.from(entry.secret, 'base64')) };
    },
    async set(credential) {
      const logins = read();
      logins[credential.registry] = { username: credential.username, secret: safeStorage.encryptString(credential.secret).toString('base64') };
      writeJsonAtomic(file, logins);
    },
    async delete(registry) {
      const logins = read();
      if (!(registry in logins)) return;
      delete logins[registry];
      writeJsonAtomic(file, logins);
    },
    async list() {
      return Object.entries(read()).map(([registry, entry]) => ({ registry, username: entry.username }));
    },
  };
}
