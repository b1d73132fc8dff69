import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core.js';
import { engineUrl, waitFor } from './env.js';

/** The real core (router + services + connection) in this process, pointed at the test engine, with output checks on. */
export async function startCore(): Promise<Core> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-data-'));
  const core = createCore({ engineSetting: engineUrl(), dataDir, validateOutputs: true, backoffMs: [100, 200, 400] });
  await waitFor(() => core.connection.status.state === 'connected', 'the core to connect to the test engine');
  return core;
}
