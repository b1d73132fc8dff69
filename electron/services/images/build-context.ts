import ignore from '@balena/dockerignore';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { BerthError } from '../../../shared/contract/errors.js';
import { packEntries, type PackEntry } from '../../util/tar-pack.js';

export interface BuildContext {
  /** The tar stream to send as the request body (read it once). */
  archive: Readable;
  /** The Dockerfile's name inside the archive, for the engine's `dockerfile` parameter. */
  dockerfile: string;
  /** The Dockerfile's path on the host (to quote its lines in errors). */
  dockerfilePath: string;
  files: number;
  bytes: number;
}

/**
 * The build context as the docker CLI sends it: every file under the folder except what .dockerignore
 * excludes (docker's own pattern rules, via @balena/dockerignore, which is a port of them), owned by 0:0.
 *
 * Not dockerode's buildImage({context, src}): it applies .dockerignore to absolute paths while walking
 * folders (so `secret.txt` never matches), filters only the top-level entries it is given, can drop the
 * Dockerfile itself, and gzips everything (CPU the unix socket does not need).
 */
export async function packBuildContext(contextDir: string, dockerfile: string): Promise<BuildContext> {
  const root = path.resolve(contextDir);
  const stat = await fs.stat(root).catch(() => null);
  if (!stat) throw new BerthError('INVALID_INPUT', `The build context ${root} does not exist.`, { path: root });
  if (!stat.isDirectory()) throw new BerthError('INVALID_INPUT', `The build context ${root} is not a folder.`, { path: root });

  const dockerfilePath = path.resolve(root, dockerfile);
  const dockerfileStat = await fs.stat(dockerfilePath).catch(() => null);
  if (!dockerfileStat?.isFile()) {
    throw new BerthError('INVALID_INPUT', `There is no Dockerfile at ${dockerfilePath}.`, { path: dockerfilePath });
  }
  const relative = path.relative(root, dockerfilePath).split(path.sep).join('/');
  const inside = !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative);

  const rules = await fs.readFile(path.join(root, '.dockerignore'), 'utf8').catch(() => '');
  const matcher = ignore().add(rules);
  // Like the CLI, the Dockerfile and .dockerignore are always sent: the engine reads them, then drops them
  // from the context itself when .dockerignore names them.
  const always = new Set(['.dockerignore', ...(inside ? [relative] : [])]);
  const exceptions = exceptionPatterns(rules);
  const excluded = (name: string) => !always.has(name) && matcher.ignores(name);
  // docker walks into an excluded folder only when a `!` pattern could bring something inside it back.
  const mayReinclude = (folder: string) =>
    exceptions.some((pattern) => `${pattern}/`.startsWith(`${folder}/`)) || [...always].some((kept) => kept.startsWith(`${folder}/`));

  const entries: PackEntry[] = [];
  const walk = async (folder: string, prefix: string): Promise<void> => {
    const names = (await fs.readdir(folder)).sort();
    for (const name of names) {
      const rel = prefix ? `${prefix}/${name}` : name;
      const full = path.join(folder, name);
      const info = await fs.lstat(full);
      const skip = excluded(rel);
      if (info.isDirectory()) {
        if (skip && !mayReinclude(rel)) continue;
        if (!skip) entries.push({ name: rel, type: 'directory', size: 0, mode: info.mode, mtimeMs: info.mtimeMs });
        await walk(full, rel);
      } else if (skip) {
        continue;
      } else if (info.isFile()) {
        entries.push({ name: rel, type: 'file', source: full, size: info.size, mode: info.mode, mtimeMs: info.mtimeMs });
      } else if (info.isSymbolicLink()) {
        entries.push({ name: rel, type: 'symlink', size: 0, mode: info.mode, mtimeMs: info.mtimeMs, linkname: await fs.readlink(full) });
      }
      // Sockets, pipes and devices cannot be archived; docker skips them too.
    }
  };
  try {
    await walk(root, '');
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    throw new BerthError(failure.code === 'EACCES' ? 'FORBIDDEN' : 'INVALID_INPUT', `Cannot read the build context: ${failure.message}`, { path: failure.path ?? root });
  }

  let name = relative;
  if (!inside) {
    // A Dockerfile outside the context travels inside it under a name nobody uses, as the CLI does it.
    name = `.dockerfile.${randomBytes(10).toString('hex')}`;
    entries.push({ name, type: 'file', source: dockerfilePath, size: dockerfileStat.size, mode: 0o644, mtimeMs: dockerfileStat.mtimeMs });
  }
  const files = entries.filter((entry) => entry.type !== 'directory').length;
  const bytes = entries.reduce((sum, entry) => sum + (entry.type === 'file' ? entry.size : 0), 0);
  return { archive: packEntries(entries), dockerfile: name, dockerfilePath, files, bytes };
}

/** The `!` patterns of a .dockerignore, cleaned as docker cleans them (no leading '/' or './'). */
function exceptionPatterns(rules: string): string[] {
  return rules
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('!'))
    .map((line) => path.posix.normalize(line.slice(1).trim()).replace(/^\/+/, '').replace(/^\.\//, ''))
    .filter((pattern) => pattern && pattern !== '.');
}
