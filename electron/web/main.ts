import path from 'node:path';
import { createCore } from '../core.js';
import { startWebShell } from './server.js';

/**
 * `npm run web`: the web shell on its own (headless hosts, remote use through an ssh tunnel, end-to-end tests).
 * Flags: --port N (default: a free port), --engine URL (default: the usual resolution).
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

function parseArgs(argv: string[]): { port?: number; engine?: string } {
  const out: { port?: number; engine?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--port' && value) {
      out.port = Number(value);
      i++;
    } else if (flag === '--engine' && value) {
      out.engine = value;
      i++;
    }
  }
  if (out.port !== undefined && !(Number.isInteger(out.port) && out.port >= 0 && out.port < 65536)) {
    throw new Error(`--port must be a port number, not "${String(out.port)}"`);
  }
  return out;
}

main().catch((error: unknown) => {
  process.stderr.write(`Berth web shell failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
