// bench/compose.ts: `up` then `down` of a 3-service compose project (busybox images only) through Berth's core
// (compose.files.run, the tool run as a child with its output streamed) against the same commands run with the
// docker-compose CLI directly, alternating which goes first, 5 rounds each after one untimed warm-up round.
// Last line: `compose: services=3 berth_up_ms=… cli_up_ms=… berth_down_ms=… cli_down_ms=… ratio_up=… ratio_down=…`.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { composeCommands } from '../shared/compose-cli.js';
import { ComposeRunOptions, type ComposeAction, type ComposeFileProject } from '../shared/contract/compose.js';
import { startCore } from '../test/support/core.js';
import { engineUrl, testEnv } from '../test/support/env.js';
import { median } from './support/engine-http.js';

const ROUNDS = 5;
const run$ = promisify(execFile);

// Each service stops on SIGTERM within a second, as a real service would; down then measures compose, not a timeout.
const service = (name: string) =>
  [`  ${name}:`, `    image: ${testEnv().image}`, `    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]`].join('\n');
const file = ['services:', service('web'), service('worker'), '    depends_on: [web]', service('cache'), ''].join('\n');

export async function run(): Promise<void> {
  const dir = path.join(os.tmpdir(), `berth-bench-compose-${process.pid}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'compose.yaml'), file);
  const core = await startCore();
  let project: ComposeFileProject | null = null;
  const cli = (action: ComposeAction) => {
    if (!project) throw new Error('no project');
    const [argv] = composeCommands(['docker-compose'], 'v1', project, action, [], ComposeRunOptions.parse({}));
    const [program, ...args] = argv ?? [];
    return run$(program ?? 'docker-compose', args, { env: { ...process.env, DOCKER_HOST: engineUrl() } });
  };
  const berth = (action: ComposeAction) => {
    if (!project) throw new Error('no project');
    return core.caller.stream('compose.files.run', { id: project.id, action, services: [], options: {} }, () => {}, new AbortController().signal);
  };
  const timed = async (step: () => Promise<unknown>) => {
    const started = performance.now();
    await step();
    return performance.now() - started;
  };
  try {
    project = await core.caller.call('compose.files.open', { path: dir });
    const tool = await core.caller.call('compose.tool', {});
    console.log(`compose tool: ${tool.command.join(' ')} ${tool.version ?? '?'} (${tool.flavour ?? 'none'}); project ${project.name}, 3 services`);
    await berth('up');
    await cli('down');

    const times = { berthUp: [] as number[], berthDown: [] as number[], cliUp: [] as number[], cliDown: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      const viaBerth = async () => {
        times.berthUp.push(await timed(() => berth('up')));
        times.berthDown.push(await timed(() => berth('down')));
      };
      const viaCli = async () => {
        times.cliUp.push(await timed(() => cli('up')));
        times.cliDown.push(await timed(() => cli('down')));
      };
      if (round % 2 === 0) {
        await viaBerth();
        await viaCli();
      } else {
        await viaCli();
        await viaBerth();
      }
      const last = (list: number[]) => (list.at(-1) ?? 0).toFixed(0);
      console.log(`round ${round + 1}: up berth ${last(times.berthUp)} ms, cli ${last(times.cliUp)} ms; down berth ${last(times.berthDown)} ms, cli ${last(times.cliDown)} ms`);
    }
    const [berthUp, cliUp, berthDown, cliDown] = [median(times.berthUp), median(times.cliUp), median(times.berthDown), median(times.cliDown)];
    console.log(
      `compose: services=3 berth_up_ms=${berthUp.toFixed(0)} cli_up_ms=${cliUp.toFixed(0)} berth_down_ms=${berthDown.toFixed(0)} cli_down_ms=${cliDown.toFixed(0)} ratio_up=${(berthUp / cliUp).toFixed(2)} ratio_down=${(berthDown / cliDown).toFixed(2)}`,
    );
  } finally {
    if (project) await cli('down').catch(() => undefined);
    core.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
