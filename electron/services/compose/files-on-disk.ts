import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BerthError } from '../../../shared/contract/errors.js';

/**
 * Reading and saving the files of a compose project. Reads are bounded (a compose file or .env of more than
 * 2 MB is not one a person edits, and the checks hold a few copies of the text); saves are atomic and keep the
 * previous version.
 */
export const MAX_COMPOSE_BYTES = 2 * 1024 * 1024;

export function tooLarge(file: string): BerthError {
  return new BerthError('INVALID_INPUT', `${file} is larger than 2 MB, more than Berth reads for a compose project.`, { maxBytes: MAX_COMPOSE_BYTES });
}

function fileSystemError(error: unknown, doing: string, file: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return new BerthError('FORBIDDEN', `Berth may not ${doing} ${file} (permission denied).`);
  if (code === 'EROFS') return new BerthError('FORBIDDEN', `Berth cannot ${doing} ${file}: it is on a read-only file system.`);
  if (code === 'EISDIR') return new BerthError('INVALID_INPUT', `${file} is a folder, not a file.`);
  return error;
}

/** A file's text and modification time, or null when it does not exist. */
export function readTextFile(file: string): { text: string; mtimeMs: number } | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw fileSystemError(error, 'read', file);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new BerthError('INVALID_INPUT', `${file} is a folder, not a file.`);
    if (stat.size > MAX_COMPOSE_BYTES) throw tooLarge(file);
    return { text: fs.readFileSync(fd, 'utf8'), mtimeMs: stat.mtimeMs };
  } catch (error) {
    throw fileSystemError(error, 'read', file);
  } finally {
    fs.closeSync(fd);
  }
}

function changedOnDisk(file: string, how: string): BerthError {
  return new BerthError('CONFLICT', `${file} ${how} since Berth read it; read it again (or save once more to replace it).`, { changedOnDisk: true });
}

/**
 * Writes `text` over `file` when the file is still the one read at `baseMtimeMs`: the previous version is
 * copied to `<file>.bak`, the text goes to a temp file in the same folder with the old file's mode, and a
 * rename puts it in place, so that the file is whole at every moment. A symlink is followed (the link stays).
 * A file that no longer exists is written anew when its base says it did not exist either (mtime 0).
 */
export function saveTextFile(file: string, text: string, baseMtimeMs: number): { mtimeMs: number; backupPath: string | null } {
  if (Buffer.byteLength(text, 'utf8') > MAX_COMPOSE_BYTES) throw tooLarge(file);
  let target = file;
  let mode = 0o644;
  let backupPath: string | null = null;
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat && baseMtimeMs !== 0) throw changedOnDisk(file, 'was removed');
    if (stat) {
      if (!stat.isFile()) throw new BerthError('INVALID_INPUT', `${file} is not a regular file.`);
      if (stat.mtimeMs !== baseMtimeMs) throw changedOnDisk(file, 'changed on disk');
      target = fs.realpathSync(file);
      mode = stat.mode & 0o7777;
      backupPath = `${target}.bak`;
      fs.copyFileSync(target, backupPath);
    }
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const fd = fs.openSync(temp, 'wx', mode);
      try {
        fs.writeFileSync(fd, text, 'utf8');
        fs.fchmodSync(fd, mode); // openSync's mode is masked by the umask; the saved file keeps the old one
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw error;
    }
    return { mtimeMs: fs.statSync(target).mtimeMs, backupPath };
  } catch (error) {
    throw fileSystemError(error, 'write', file);
  }
}
