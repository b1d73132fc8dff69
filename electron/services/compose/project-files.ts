import fs from 'node:fs';
import path from 'node:path';
import { BerthError } from '../../../shared/contract/errors.js';

/** The compose file of a folder, in the order compose looks for it. */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;

/** A standard compose file's override file: the same family, its own extension first. */
function overrideNames(fileName: string): string[] {
  const family = fileName.startsWith('docker-compose.') ? 'docker-compose' : 'compose';
  const extensions = fileName.endsWith('.yml') ? ['yml', 'yaml'] : ['yaml', 'yml'];
  return extensions.map((extension) => `${family}.override.${extension}`);
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

export interface ProjectFiles {
  dir: string;
  /** The main file, then its override file when there is one: the order compose merges them. */
  files: string[];
  envFile: string | null;
}

/**
 * The files of a compose project from what the user opened: a folder (its compose file, looked up as compose
 * does, and the matching override file) or one file (with its override sibling when it has a standard name).
 */
export function findProjectFiles(target: string): ProjectFiles {
  const opened = path.resolve(target);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(opened, { throwIfNoEntry: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES') throw new BerthError('FORBIDDEN', `Berth may not look at ${opened} (permission denied).`);
    if (code !== 'ENOTDIR') throw error;
  }
  if (!stat) throw new BerthError('NOT_FOUND', `${opened} does not exist.`, { path: opened });
  let main: string;
  if (stat.isDirectory()) {
    const found = COMPOSE_FILE_NAMES.find((name) => isFile(path.join(opened, name)));
    if (!found) {
      throw new BerthError('NOT_FOUND', `${opened} holds no compose file (looked for ${COMPOSE_FILE_NAMES.join(', ')}).`, { path: opened, looked: [...COMPOSE_FILE_NAMES] });
    }
    main = path.join(opened, found);
  } else if (stat.isFile()) {
    main = opened;
  } else {
    throw new BerthError('INVALID_INPUT', `${opened} is neither a file nor a folder.`);
  }
  const dir = path.dirname(main);
  const name = path.basename(main);
  const standard = (COMPOSE_FILE_NAMES as readonly string[]).includes(name);
  const override = standard ? overrideNames(name).map((n) => path.join(dir, n)).find(isFile) : undefined;
  const envFile = path.join(dir, '.env');
  return { dir, files: override ? [main, override] : [main], envFile: isFile(envFile) ? envFile : null };
}
