import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core.js';
import { engineUrl, waitFor } from './env.js';

/**
 * The real core (router + services + connection) in this process, pointed at the test engine (or the engine
 * given, e.g. the swarm engine), with output checks on.
 */
export async function startCore(engine = engineUrl()): Promise<Core> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-data-'));
  const core = createCore({ engineSetting: engine, dataDir, validateOutputs: true, backoffMs: [100, 200, 400] });
  await waitFor(() => core.connection.status.state === 'connected', 'the core to connect to the test engine');
  return core;
}
