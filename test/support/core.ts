import { createCore, type Core } from '../../electron/core.js';
import { engineUrl, waitFor } from './env.js';

/** The real core (router + services + connection) in this process, pointed at the test engine, with output checks on. */
export async function startCore(): Promise<Core> {
  const core = createCore({ engineSetting: engineUrl(), validateOutputs: true, backoffMs: [100, 200, 400] });
  await waitFor(() => core.connection.status.state === 'connected', 'the core to connect to the test engine');
  return core;
}
