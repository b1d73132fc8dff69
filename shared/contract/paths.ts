import { z } from 'zod';
import { issuePhrases, issueText } from './issue-words.js';
import { isWellFormedText } from './text.js';

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
  if (value.includes('\0')) return issueText('nul', { what });
  if (!isWellFormedText(value)) return issueText('brokenText', { what });
  return null;
}

/** Why `name` is not the name of one file or folder inside a folder, or null when it is. */
export function fileNameProblem(name: string): string | null {
  if (name === '') return issueText('fileNameRequired');
  if (name.length > MAX_NAME) return issueText('fileNameTooLong', { max: MAX_NAME });
  const text = textProblem(name, issuePhrases.aFileName);
  if (text) return text;
  if (name.includes('/')) return issueText('fileNameSlash', { name });
  if (name === '.' || name === '..') return issueText('fileNameDots', { name });
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
  if (!value.startsWith('/')) return issueText('innerPathAbsolute', { where });
  if (value.length > MAX_PATH) return issueText('pathTooLong', { max: MAX_PATH });
  const text = textProblem(value, issuePhrases.aPath);
  if (text) return text;
  const dots = dotParts(value, /\//);
  if (dots) return issueText('innerPathDots', { where, dots });
  return null;
}

/** An absolute path on a computer: POSIX (/…), a Windows drive (C:\… or C:/…) or a UNC share (\\server\…). */
const absoluteHostPath = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/**
 * Why `value` is not an absolute path on a computer (the one running Berth, or the engine's), or null.
 * Both separators are looked at: the schema cannot know which system the path is for.
 */
export function hostPathProblem(value: string, where: string): string | null {
  if (!absoluteHostPath.test(value)) return issueText('hostPathAbsolute', { where });
  if (value.length > MAX_PATH) return issueText('pathTooLong', { max: MAX_PATH });
  const text = textProblem(value, issuePhrases.aPath);
  if (text) return text;
  const dots = dotParts(value, /[\\/]/);
  if (dots) return issueText('hostPathDots', { where, dots });
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
export const ContainerPath = checked((value) => innerPathProblem(value, issuePhrases.theContainer));

/** A path inside a volume, "/" being its root. */
export const VolumePath = checked((value) => innerPathProblem(value, issuePhrases.theVolume));

/** An absolute path, of a folder or a file, on the computer Berth runs on (the engine's host may be another one). */
export const HostPath = checked((value) => hostPathProblem(value, issuePhrases.onThisComputer));

/** A file on the computer Berth runs on: a HostPath that ends in a file name, not a separator. */
export const HostFile = checked((value) => hostPathProblem(value, issuePhrases.onThisComputer) ?? (/[\\/]$/.test(value) ? issueText('fileNameMissing') : null));

/**
 * A Dockerfile, relative to the build context or absolute. It may lie outside the context (the CLI's
 * `-f ../Dockerfile`): it is only read, and travels inside the context under a name of its own.
 */
export const DockerfilePath = checked((value) =>
  value === '' ? issueText('dockerfileRequired') : value.length > MAX_PATH ? issueText('pathTooLong', { max: MAX_PATH }) : textProblem(value, issuePhrases.aPath),
);

/** A path only shown to the user as a suggestion (a file dialog's starting point); never acted on. */
export const SuggestedPath = checked((value) => (value.length > MAX_PATH ? issueText('pathTooLong', { max: MAX_PATH }) : textProblem(value, issuePhrases.aPath)));
