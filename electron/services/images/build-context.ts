import ignore from '@balena/dockerignore';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import tarFs from 'tar-fs';
import type tar from 'tar-stream';
import { BerthError } from '../../../shared/contract/errors.js';

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
 * Dockerfile itself, and gzips everything (CPU the unix socket does not need). The folder is walked here, with
 * docker's rules, and tar-fs packs exactly the entries found, streaming (a context can be gigabytes).
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

  const entries: ContextEntry[] = [];
  const walk = async (folder: string, prefix: string): Promise<void> => {
    const names = (await fs.readdir(folder)).sort();
    for (const name of names) {
      const rel = prefix ? `${prefix}/${name}` : name;
      const full = path.join(folder, name);
      const info = await fs.lstat(full);
      const skip = excluded(rel);
      if (info.isDirectory()) {
        if (skip && !mayReinclude(rel)) continue;
        if (!skip) entries.push({ name: rel, type: 'directory', size: 0 });
        await walk(full, rel);
      } else if (skip) {
        continue;
      } else if (info.isFile()) {
        entries.push({ name: rel, type: 'file', size: info.size });
      } else if (info.isSymbolicLink()) {
        entries.push({ name: rel, type: 'symlink', size: 0 });
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

  // A Dockerfile outside the context travels inside it under a name nobody uses, as the CLI does it.
  const outside = inside ? null : { name: `.dockerfile.${randomBytes(10).toString('hex')}`, data: await fs.readFile(dockerfilePath) };
  const files = entries.filter((entry) => entry.type !== 'directory').length + (outside ? 1 : 0);
  const bytes = entries.reduce((sum, entry) => sum + entry.size, 0) + (outside?.data.length ?? 0);
  return { archive: packEntries(root, entries, outside), dockerfile: outside?.name ?? relative, dockerfilePath, files, bytes };
}

interface ContextEntry {
  /** '/'-separated, relative to the context. */
  name: string;
  type: 'file' | 'directory' | 'symlink';
  size: number;
}

/**
 * The entries found, in order, packed by tar-fs as they are read (back-pressure included), owned by 0:0 with
 * their own modes (no umask), then the Dockerfile from outside when there is one. A file that shrinks while it
 * is read fails the archive (tar-stream's "Size mismatch") rather than sending a corrupt one.
 */
function packEntries(root: string, entries: ContextEntry[], extra: { name: string; data: Buffer } | null): Readable {
  const options = {
    entries: entries.map((entry) => entry.name),
    // Only the entries listed: folders were walked above, with .dockerignore applied.
    ignore: () => true,
    umask: 0,
    // A folder's name ends in "/", as the docker CLI writes it.
    map: (header: tar.Header) => ({
      ...header,
      name: header.type === 'directory' && !header.name.endsWith('/') ? `${header.name}/` : header.name,
      uid: 0,
      gid: 0,
      uname: '',
      gname: '',
    }),
    finalize: extra === null,
    finish: (pack: tar.Pack) => {
      if (!extra) return;
      pack.entry({ name: extra.name, type: 'file', size: extra.data.length, mode: 0o644, mtime: new Date() }, extra.data, (error) => {
        if (error) pack.destroy(error);
        else pack.finalize();
      });
    },
  };
  // @types/tar-fs lags tar-fs 3 (umask, the header's full type); the options are tar-fs's own.
  const pack = tarFs.pack(root, options as unknown as tarFs.PackOptions);
  return Readable.from(pack, { objectMode: false });
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
