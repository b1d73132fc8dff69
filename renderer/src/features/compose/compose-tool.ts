import { composeCommandLine, composeCommands } from '../../../../shared/compose-cli';
import { ComposeRunOptions, type ComposeAction, type ComposeFileProject, type ComposeTool } from '../../../../shared/contract/compose';

/*
 * The compose tool as people name it, and the command lines Berth runs with it (shared/compose-cli.ts builds
 * them, so that "Copy as CLI" is exactly what main runs).
 */

/** Every option at compose's own default (the contract's defaults). */
export const defaultRunOptions: ComposeRunOptions = ComposeRunOptions.parse({});

/** Shown when no tool was found: what Berth would run once Docker's compose plugin is there. */
const FALLBACK: Pick<ComposeTool, 'command'> & { flavour: 'v2' } = { command: ['docker', 'compose'], flavour: 'v2' };

const baseName = (program: string) => program.split(/[\\/]/).filter(Boolean).at(-1) ?? program;

/** "docker-compose 1.29.2", "docker compose v2.24.5"; null when there is no tool. */
export function toolLabel(tool: ComposeTool): string | null {
  if (!tool.flavour) return null;
  const [program = '', ...rest] = tool.command;
  const words = [baseName(program), ...rest].join(' ');
  if (!tool.version) return words;
  const version = tool.flavour === 'v2' && !tool.version.startsWith('v') ? `v${tool.version}` : tool.version;
  return `${words} ${version}`;
}

/** The shell line of an action, as the tool in use runs it (as `docker compose` would, when there is none). */
export function composeCli(
  tool: ComposeTool | undefined,
  project: Pick<ComposeFileProject, 'name' | 'dir' | 'files'>,
  action: ComposeAction,
  services: readonly string[],
  options: ComposeRunOptions = defaultRunOptions,
): string {
  const used = tool?.flavour ? { command: tool.command, flavour: tool.flavour } : FALLBACK;
  return composeCommandLine(composeCommands(used.command, used.flavour, project, action, services, options));
}
