/** The last part of a path on this computer (POSIX or Windows), as a tab or a problem names the file. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
}
