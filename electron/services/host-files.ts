import fs from 'node:fs/promises';
import path from 'node:path';
import { BerthError } from '../../shared/contract/errors.js';
import { looksLikeArchive } from '../util/tar.js';

/**
 * The archive files of volume export and import (and of image save) live on the computer Berth runs on. These
 * checks run before any helper is made, so that a wrong path gets a plain answer instead of an engine error
 * half-way through.
 */
export async function checkExportTarget(file: string, overwrite: boolean): Promise<void> {
  if (!path.isAbsolute(file)) throw new BerthError('INVALID_INPUT', `${file} is not an absolute path on this computer.`);
  const folder = path.dirname(file);
  const folderStat = await stat(folder);
  if (!folderStat) throw new BerthError('NOT_FOUND', `The folder ${folder} does not exist.`);
  if (!folderStat.isDirectory()) throw new BerthError('INVALID_INPUT', `${folder} is not a folder.`);
  try {
    await fs.access(folder, fs.constants.W_OK);
  } catch {
    throw new BerthError('FORBIDDEN', `Berth may not write into ${folder} (permission denied).`);
  }
  const existing = await stat(file);
  if (existing?.isDirectory()) throw new BerthError('INVALID_INPUT', `${file} is a folder: give the name of the archive to write.`);
  if (existing && !overwrite) throw fileExists(file);
}

/**
 * A file to be written exists and replacing it was not allowed: the caller asks the user and tries again with
 * `overwrite` (`details.exists` tells this conflict from others). Shared by volumes.export and images.save.
 */
export function fileExists(file: string): BerthError {
  return new BerthError('CONFLICT', `${file} already exists: allow overwriting or choose another name.`, { exists: true, path: file });
}

/** Returns the archive's size. */
export async function checkImportSource(file: string): Promise<number> {
  if (!path.isAbsolute(file)) throw new BerthError('INVALID_INPUT', `${file} is not an absolute path on this computer.`);
  const info = await stat(file);
  if (!info) throw new BerthError('NOT_FOUND', `${file} does not exist.`);
  if (!info.isFile()) throw new BerthError('INVALID_INPUT', `${file} is not a file.`);
  let head: Buffer;
  try {
    const handle = await fs.open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') throw new BerthError('FORBIDDEN', `Berth may not read ${file} (permission denied).`);
    throw error;
  }
  if (!looksLikeArchive(head)) throw new BerthError('INVALID_INPUT', `${file} is not a tar archive (plain, gzip, bzip2 or xz).`);
  return info.size;
}

async function stat(file: string) {
  try {
    return await fs.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code === 'EACCES') throw new BerthError('FORBIDDEN', `Berth may not look at ${file} (permission denied).`);
    throw error;
  }
}
