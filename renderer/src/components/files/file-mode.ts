import type { FileEntry } from '../../../../shared/contract/containers';

const typeChar: Record<FileEntry['type'], string> = { file: '-', directory: 'd', symlink: 'l', link: '-', other: '?' };

/** `ls -l`'s mode column: the type, then rwx for owner, group and others, with setuid/setgid/sticky. */
export function formatMode(type: FileEntry['type'], mode: number): string {
  const bits = ['r', 'w', 'x'];
  let out = typeChar[type];
  for (let who = 2; who >= 0; who--) {
    for (let b = 0; b < 3; b++) out += mode & (1 << (who * 3 + (2 - b))) ? bits[b] : '-';
  }
  const chars = out.split('');
  const special = (at: number, bit: number, set: string) => {
    if (!(mode & bit)) return;
    chars[at] = chars[at] === 'x' ? set : set.toUpperCase();
  };
  special(3, 0o4000, 's');
  special(6, 0o2000, 's');
  special(9, 0o1000, 't');
  return chars.join('');
}

/** Joins a folder and a name into an absolute path. */
export function joinPath(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

/** The folders on the way to `path`, for a breadcrumb: [{name: '/', path: '/'}, {name: 'etc', path: '/etc'}, …]. */
export function breadcrumbs(path: string): { name: string; path: string }[] {
  const parts = path.split('/').filter(Boolean);
  return [{ name: '/', path: '/' }, ...parts.map((name, i) => ({ name, path: `/${parts.slice(0, i + 1).join('/')}` }))];
}

/** The folder above `path` ('/' stays '/'). */
export function parentPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length <= 1 ? '/' : `/${parts.slice(0, -1).join('/')}`;
}
