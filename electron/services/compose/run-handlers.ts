import { composeCommandLine, composeCommands, hashArgs } from '../../../shared/compose-cli.js';
import { BerthError } from '../../../shared/contract/errors.js';
import type { ComposeFileProject } from '../../../shared/contract/compose.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { checkProject } from './compose-check.js';
import type { ComposeProjects } from './projects.js';
import type { ComposeToolFinder } from './tool.js';
import { runTool } from './tool-process.js';

type RunOps = 'compose.tool' | 'compose.files.hashes' | 'compose.files.run';

/**
 * The compose commands of projects opened from files, run through the real compose tool against the engine in
 * use. `toolEnv` gives the tool's environment (see engine-env.ts); it fails when there is no engine. The
 * project's name is read again from its file first (`name:` may have been edited), as compose would read it.
 */
export function composeRunHandlers(projects: ComposeProjects, tools: ComposeToolFinder, toolEnv: () => NodeJS.ProcessEnv): HandlerGroup<RunOps> {
  return {
    'compose.tool': () => tools.find(),

    async 'compose.files.hashes'({ id }, signal) {
      const project = projects.refreshName(id);
      const tool = await tools.require();
      const stdout = await runTool([...tool.command, ...hashArgs(project)], { env: toolEnv(), signal, keepStdout: true });
      // One "service hash" line per service.
      const hashes: Record<string, string> = {};
      for (const line of stdout) {
        const [service, hash] = line.trim().split(/\s+/);
        if (service && hash) hashes[service] = hash;
      }
      return { hashes };
    },

    async 'compose.files.run'({ id, action, services, options }, emit, signal) {
      const project = projects.refreshName(id);
      refuseInvalid(project);
      const tool = await tools.require();
      const env = toolEnv();
      const commands = composeCommands(tool.command, tool.flavour, project, action, services, options);
      emit({ kind: 'started', command: composeCommandLine(commands) });
      // Steps one after the other (v1's "pull first, then up"); a failed step fails the run.
      for (const argv of commands) await runTool(argv, { env, signal, onOutput: (lines) => emit({ kind: 'output', lines }) });
      emit({ kind: 'done', exitCode: 0 });
    },
  };
}

/**
 * Nothing runs from files with errors: the tool would refuse most of them itself, but an unset variable it only
 * warns about (and runs with a blank), and its words point at no line. The problems go with the refusal.
 */
function refuseInvalid(project: ComposeFileProject): void {
  const errors = checkProject(project).diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return;
  throw new BerthError(
    'INVALID_INPUT',
    `${first.file}:${first.line}:${first.column}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : ''}`,
    { reason: 'compose-invalid', diagnostics: errors.slice(0, 20) },
  );
}
