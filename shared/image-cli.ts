import { shellQuote } from './run-spec.js';

/**
 * "Copy as CLI" for the image actions: the docker command that does what Berth just did (or is about to),
 * each argument quoted for a POSIX shell. Pure, so the renderer builds the text itself.
 */

const command = (args: string[]) => args.map(shellQuote).join(' ');

export function dockerPullCommand(reference: string, platform?: string): string {
  return command(['docker', 'pull', ...(platform ? ['--platform', platform] : []), reference]);
}

export function dockerTagCommand(source: string, target: string): string {
  return command(['docker', 'tag', source, target]);
}

export function dockerPushCommand(reference: string): string {
  return command(['docker', 'push', reference]);
}

export function dockerRemoveImageCommand(images: string[], force = false, containers: readonly string[] = []): string {
  const rmi = command(['docker', 'rmi', ...(force ? ['-f'] : []), ...images]);
  // The containers made from the images first (stopped, then removed), as the remove dialog can do.
  if (containers.length === 0) return rmi;
  return `${command(['docker', 'stop', ...containers])} && ${command(['docker', 'rm', ...containers])} && ${rmi}`;
}

interface BuildCommandSpec {
  /** The build context: a folder on the host. */
  context: string;
  /** The Dockerfile, relative to the context or absolute; `Dockerfile` when left out. */
  dockerfile?: string;
  tags?: string[];
  buildArgs?: Record<string, string>;
  target?: string;
  noCache?: boolean;
  labels?: Record<string, string>;
}

export function dockerBuildCommand(spec: BuildCommandSpec): string {
  const args = ['docker', 'build'];
  for (const tag of spec.tags ?? []) args.push('-t', tag);
  // -f is relative to the working directory for the CLI, not to the context: spell out where it is.
  if (spec.dockerfile && spec.dockerfile !== 'Dockerfile') {
    args.push('-f', spec.dockerfile.startsWith('/') ? spec.dockerfile : `${spec.context.replace(/\/+$/, '')}/${spec.dockerfile}`);
  }
  for (const [key, value] of Object.entries(spec.buildArgs ?? {})) args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(spec.labels ?? {})) args.push('--label', `${key}=${value}`);
  if (spec.target) args.push('--target', spec.target);
  if (spec.noCache) args.push('--no-cache');
  args.push(spec.context);
  return command(args);
}

export function dockerSaveCommand(images: string[], file: string): string {
  return command(['docker', 'save', '-o', file, ...images]);
}

export function dockerLoadCommand(file: string): string {
  return command(['docker', 'load', '-i', file]);
}

export function dockerImagePruneCommand(all: boolean): string {
  return command(['docker', 'image', 'prune', ...(all ? ['-a'] : []), '-f']);
}
