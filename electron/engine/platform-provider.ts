import os from 'node:os';
import path from 'node:path';
import { DockerdProvider } from './providers/dockerd.js';
import { LimaProvider } from './providers/lima.js';
import type { EngineProvider } from './providers/provider.js';
import { Wsl2Provider } from './providers/wsl2.js';

/** The engine Berth can run itself on this platform. */
export function platformProvider(dataDir: string, platform: NodeJS.Platform = process.platform): EngineProvider {
  if (platform === 'darwin') {
    return new LimaProvider({ resources: { cpus: Math.min(4, os.cpus().length), memoryGiB: 4, diskGiB: 64 } });
  }
  if (platform === 'win32') return new Wsl2Provider({ dataDir });
  return new DockerdProvider({ dataRoot: path.join(dataDir, 'engine'), runDir: shortRunDir() });
}

/** Unix socket paths are limited to ~107 bytes, and data folders can be deep: the socket lives somewhere short. */
function shortRunDir(): string {
  if (process.getuid?.() === 0) return '/run/berth';
  return process.env.XDG_RUNTIME_DIR ? path.join(process.env.XDG_RUNTIME_DIR, 'berth') : path.join(os.tmpdir(), `berth-${process.getuid?.() ?? 0}`);
}
