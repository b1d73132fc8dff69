import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testEnv } from './env.js';

/**
 * A fresh docker config folder and `pass` store for one test file: the credential helper of the test
 * environment (pass, with its throwaway GPG key), or none. Sets the variables the helper reads in this process.
 */
export function freshCredentialStore(withHelper: boolean): { dockerConfigDir: string; passDir: string; dataDir: string } {
  const { credentials } = testEnv();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-creds-'));
  const dockerConfigDir = path.join(root, 'docker-config');
  const passDir = path.join(root, 'pass');
  const dataDir = path.join(root, 'berth-data');
  fs.mkdirSync(dockerConfigDir);
  fs.mkdirSync(passDir);
  fs.copyFileSync(path.join(credentials.passwordStoreDir, '.gpg-id'), path.join(passDir, '.gpg-id'));
  fs.writeFileSync(path.join(dockerConfigDir, 'config.json'), withHelper ? '{"credsStore":"pass"}\n' : '{}\n');
  process.env.GNUPGHOME = credentials.gnupgHome;
  process.env.PASSWORD_STORE_DIR = passDir;
  return { dockerConfigDir, passDir, dataDir };
}

/** Every file below a folder, for secret scans. */
export function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f))).filter((f) => fs.statSync(f).isFile());
}
