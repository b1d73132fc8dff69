import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The host as the fuzz run's web shell sees it: a scratch folder made fresh for the run, holding its home (with a
 * docker config and an ssh key to steal), its data folder and its working folder three levels down, so that a
 * relative traversal ("..", "../..", "a/../../b") from where it runs lands on files this snapshot watches.
 */
export interface ScratchHost {
  /** The web shell's working folder. */
  cwd: string;
  /** HOME, BERTH_DATA_DIR and DOCKER_CONFIG inside the scratch folder. */
  env: NodeJS.ProcessEnv;
  /** Every file and folder under the scratch folder and a few system files: path, kind, mode, size, mtime, hash. Sorted. */
  snapshot(): string[];
  remove(): void;
}

/** Files outside the scratch folder that absolute traversals aim at (read only: only their hashes are compared). */
const WATCHED_SYSTEM_FILES = ['/etc/passwd', '/etc/hosts'];

export function makeScratchHost(): ScratchHost {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-fuzz-host-'));
  const home = path.join(root, 'home');
  const cwd = path.join(root, 'work', 'a', 'b');
  const files: Record<string, string> = {
    'home/.ssh/id_rsa': 'not a real key\n',
    'home/.docker/config.json': '{}\n',
    'work/a/b/keep.txt': 'cwd\n',
    'work/a/keep.txt': 'parent\n',
    'outside.txt': 'root\n',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  fs.mkdirSync(path.join(root, 'data'));
  return {
    cwd,
    env: { HOME: home, BERTH_DATA_DIR: path.join(root, 'data'), DOCKER_CONFIG: path.join(home, '.docker') },
    snapshot: () => [...walk(root, root), ...WATCHED_SYSTEM_FILES.map((file) => `${file} ${hash(file)}`)].sort(),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

function walk(dir: string, root: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const stat = fs.lstatSync(full);
    const line = `${path.relative(root, full)} ${entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other'} ${stat.mode.toString(8)} ${stat.size} ${stat.mtimeMs}`;
    if (entry.isDirectory()) return [line, ...walk(full, root)];
    return [entry.isFile() ? `${line} ${hash(full)}` : line];
  });
}

function hash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);
}
