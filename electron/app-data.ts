import os from 'node:os';
import path from 'node:path';

/**
 * Berth's own data folder (settings, known registries, the Electron shell's encrypted logins).
 * BERTH_DATA_DIR overrides it (tests, portable installs); the Electron shell passes app.getPath('userData').
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.BERTH_DATA_DIR) return env.BERTH_DATA_DIR;
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Berth');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Berth');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'berth');
}
