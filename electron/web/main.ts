import path from 'node:path';
import { createCore } from '../core.js';
import { startWebShell } from './server.js';

/**
 * `npm run web`: the web shell on its own (headless hosts, remote use through an ssh tunnel, end-to-end tests).
 * Flags: --port N (default: a free port), --engine URL (default: the usual resolution); anything else is refused
 * with the usage (a silently ignored `--host 0.0.0.0` would make a user believe the shell listens there).
 */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (message: string) => process.stderr.write(`[berth] ${message}\n`);
  // Tests set BERTH_VALIDATE_OUTPUTS so that every output and event is checked against the contract too.
  const core = createCore({ engineSetting: args.engine ?? null, log, validateOutputs: process.env.BERTH_VALIDATE_OUTPUTS === '1' });
  const shell = await startWebShell({
    router: core.router,
    rendererDir: path.resolve(__dirname, '..', 'renderer'),
    port: args.port,
    token: process.env.BERTH_WEB_TOKEN || undefined,
    log,
  });
  process.stdout.write(`Berth web shell: ${shell.url}\n`);
  const stop = async () => {
    await shell.close();
    await core.shutdown(); // stops an engine Berth started, when the settings say so
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

const USAGE = 'usage: berth-web [--port N] [--engine URL]\n  --port N      listen on 127.0.0.1:N (default: a free port)\n  --engine URL  the engine to use (default: as the docker CLI finds it)\n';

/** A command line the web shell does not understand; main prints it with the usage and exits with 2. */
class UsageError extends Error {}

function parseArgs(argv: string[]): { port?: number; engine?: string } {
  const out: { port?: number; engine?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag !== '--port' && flag !== '--engine') throw new UsageError(`unknown argument "${flag}"`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    if (flag === '--engine') out.engine = value;
    else {
      out.port = Number(value);
      if (!(Number.isInteger(out.port) && out.port >= 0 && out.port < 65536)) throw new UsageError(`--port must be a port number, not "${value}"`);
    }
  }
  return out;
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`berth-web: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  process.stderr.write(`Berth web shell failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
