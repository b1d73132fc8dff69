import { z } from 'zod';
import { isWellFormedText, notWellFormedText } from './text.js';

/**
 * Every path-like input of the contract is one of these schemas, so that no operation can be pointed at
 * anything but what it names: a name is one name (never ".", ".." or a path), and a path is absolute with no
 * "." or ".." parts (what the user sees is exactly what is touched, and nothing resolves outside it). Each
 * check is also a plain function, for the services' own second look (defence in depth behind the schema).
 */

const MAX_PATH = 4096;
const MAX_NAME = 255;

/** Problems every name and path shares; null when there is none. */
function textProblem(value: string, what: string): string | null {
  if (value.includes('\0')) return `${what} cannot contain a NUL character`;
  if (!isWellFormedText(value)) return `${what} ${notWellFormedText}`;
  return null;
}

/** Why `name` is not the name of one file or folder inside a folder, or null when it is. */
export function fileNameProblem(name: string): string | null {
  if (name === '') return 'a file name is required';
  if (name.length > MAX_NAME) return `a file name has at most ${MAX_NAME} characters`;
  const text = textProblem(name, 'a file name');
  if (text) return text;
  if (name.includes('/')) return `"${name}" is a path, not a file name: it cannot contain "/"`;
  if (name === '.' || name === '..') return `"${name}" is not a file name: it means the folder itself (".") or its parent ("..")`;
  return null;
}

/** "." and ".." parts of a path, split at the given separators. */
function dotParts(value: string, separators: RegExp): string | null {
  const part = value.split(separators).find((p) => p === '.' || p === '..');
  return part ?? null;
}

/**
 * Why `value` is not an absolute path inside a container or volume (Linux: "/"-separated), or null.
 * `where` words the messages: "the container", "the volume".
 */
export function innerPathProblem(value: string, where: string): string | null {
  if (!value.startsWith('/')) return `an absolute path inside ${where} is required (it starts with "/")`;
  if (value.length > MAX_PATH) return `a path has at most ${MAX_PATH} characters`;
  const text = textProblem(value, 'a path');
  if (text) return text;
  const dots = dotParts(value, /\//);
  if (dots) return `a path inside ${where} cannot have a "${dots}" part: write the folder it means in full`;
  return null;
}

/** An absolute path on a computer: POSIX (/…), a Windows drive (C:\… or C:/…) or a UNC share (\\server\…). */
const absoluteHostPath = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/**
 * Why `value` is not an absolute path on a computer (the one running Berth, or the engine's), or null.
 * Both separators are looked at: the schema cannot know which system the path is for.
 */
export function hostPathProblem(value: string, where: string): string | null {
  if (!absoluteHostPath.test(value)) return `an absolute path ${where} is required (/…, C:\\… or \\\\server\\…)`;
  if (value.length > MAX_PATH) return `a path has at most ${MAX_PATH} characters`;
  const text = textProblem(value, 'a path');
  if (text) return text;
  const dots = dotParts(value, /[\\/]/);
  if (dots) return `a path ${where} cannot have a "${dots}" part: write the folder it means in full`;
  return null;
}

/** A schema from one of the checks above: each problem is one INVALID_INPUT issue in the check's words. */
function checked(problem: (value: string) => string | null) {
  return z.string().superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/** The name of one file written into a folder (uploads): never a path, ".", ".." or empty. */
export const FileName = checked(fileNameProblem);

/** An absolute path inside a container's filesystem. */
export const ContainerPath = checked((value) => innerPathProblem(value, 'the container'));

/** A path inside a volume, "/" being its root. */
export const VolumePath = checked((value) => innerPathProblem(value, 'the volume ("/" is its root)'));

/** An absolute path, of a folder or a file, on the computer Berth runs on (the engine's host may be another one). */
export const HostPath = checked((value) => hostPathProblem(value, 'on this computer'));

/** A file on the computer Berth runs on: a HostPath that ends in a file name, not a separator. */
export const HostFile = checked((value) => hostPathProblem(value, 'on this computer') ?? (/[\\/]$/.test(value) ? 'a file name is missing at the end of the path' : null));

/**
 * A Dockerfile, relative to the build context or absolute. It may lie outside the context (the CLI's
 * `-f ../Dockerfile`): it is only read, and travels inside the context under a name of its own.
 */
export const DockerfilePath = checked((value) =>
  value === '' ? 'a Dockerfile path is required' : value.length > MAX_PATH ? `a path has at most ${MAX_PATH} characters` : textProblem(value, 'a path'),
);

/** A path only shown to the user as a suggestion (a file dialog's starting point); never acted on. */
export const SuggestedPath = checked((value) => (value.length > MAX_PATH ? `a path has at most ${MAX_PATH} characters` : textProblem(value, 'a path')));
