import type { ComposeAction, ComposeFileProject, ComposeRunOptions } from './contract/compose.js';
import { shellQuote } from './run-spec.js';

/*
 * The compose tool's command lines for a project opened from files: main runs exactly these, and the UI shows
 * them ("Copy as CLI"), so what a user copies is what Berth ran.
 */

type ProjectFiles = Pick<ComposeFileProject, 'name' | 'dir' | 'files'>;
type Flavour = 'v1' | 'v2';

/** The arguments every command of the project starts with: its name, folder and files, in merge order. */
export function projectArgs(project: ProjectFiles): string[] {
  return ['--project-name', project.name, '--project-directory', project.dir, ...project.files.flatMap((file) => ['--file', file])];
}

/**
 * The compose arguments (after the tool's own command) of one action; several when the tool needs more than one
 * step (v1 has no `up --pull`, so "always pull" is a `pull` first).
 */
export function actionArgs(flavour: Flavour, action: ComposeAction, services: readonly string[], options: ComposeRunOptions): string[][] {
  const named = [...services];
  switch (action) {
    case 'up': {
      const up = ['up', '--detach'];
      if (options.build) up.push('--build');
      if (options.forceRecreate) up.push('--force-recreate');
      if (options.removeOrphans) up.push('--remove-orphans');
      if (flavour === 'v2') return [[...up, '--pull', options.pull, ...named]];
      return options.pull === 'always' ? [['pull', ...named], [...up, ...named]] : [[...up, ...named]];
    }
    case 'down': {
      // down takes no services in v1 (and acts on the whole project in v2 too, as users expect of "down").
      const down = ['down'];
      if (options.removeVolumes) down.push('--volumes');
      if (options.removeOrphans) down.push('--remove-orphans');
      return [down];
    }
    case 'build':
      return [['build', ...(options.noCache ? ['--no-cache'] : []), ...named]];
    case 'start':
    case 'stop':
    case 'restart':
    case 'pull':
      return [[action, ...named]];
  }
}

/** `config --hash=*`: each service's configuration hash, as compose labels the containers it makes. */
export function hashArgs(project: ProjectFiles): string[] {
  return [...projectArgs(project), 'config', '--hash=*'];
}

/** Every step of an action as full argument lists (tool command included). */
export function composeCommands(
  tool: readonly string[],
  flavour: Flavour,
  project: ProjectFiles,
  action: ComposeAction,
  services: readonly string[],
  options: ComposeRunOptions,
): string[][] {
  return actionArgs(flavour, action, services, options).map((args) => [...tool, ...projectArgs(project), ...args]);
}

/** The commands as one shell line, steps joined with `&&`. */
export function composeCommandLine(commands: readonly (readonly string[])[]): string {
  return commands.map((argv) => argv.map(shellQuote).join(' ')).join(' && ');
}
