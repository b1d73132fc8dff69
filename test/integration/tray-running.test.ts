import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { runningList } from '../../electron/shell/tray/running-list.js';
import type { ContainerSummary } from '../../shared/contract/containers.js';
import type { EngineEvent } from '../../shared/contract/engine.js';
import { startCore } from '../support/core.js';
import { docker, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';

// The tray's running list (electron/shell/tray/running-list.ts, the tray's glue minus Electron) on the real core,
// against containers that exit by themselves: the engine's list lags behind its `die` event, the tray must not.
const prefix = uniqueName('tray');
let core: Core;

describe('the tray’s running containers follow the engine’s events', () => {
  before(async () => {
    core = await startCore();
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
  });

  test('containers that exit by themselves (codes 2, 3, 4) leave the running list within 2 s, over 5 rounds', async () => {
    for (let round = 0; round < 5; round++) {
      let shown: ContainerSummary[] = [];
      const running = runningList({
        list: async () => await core.caller.call('containers.list', { all: false }),
        onChange: (rows) => (shown = rows),
      });
      const died = new Map<string, number>();
      const subscription = core.connection.onEvent((event: EngineEvent) => {
        if (event.kind === 'engine' && event.type === 'container' && event.action === 'die') died.set(event.id, Date.now());
        running.handle(event);
      });
      try {
        const ids = await Promise.all(
          [2, 3, 4].map((code) =>
            docker('run', '-d', '--name', `${prefix}-${round}-${code}`, '--network', 'none', testEnv().image, 'sh', '-c', `sleep 1; exit ${code}`),
          ),
        );
        await waitFor(() => ids.every((id) => died.has(id)), 'the three to exit', 20_000);
        const lastDeath = Math.max(...ids.map((id) => died.get(id)!));
        await waitFor(() => !shown.some((row) => ids.includes(row.id)), 'the tray to drop the exited containers', 2_000);
        assert.ok(Date.now() - lastDeath <= 2_000, `gone from the running list ${Date.now() - lastDeath} ms after the last exit`);
        assert.deepEqual((await docker('ps', '-q', '--no-trunc', '--filter', `name=${prefix}-${round}-`)).split('\n').filter(Boolean), [], 'the engine agrees');
      } finally {
        subscription.dispose();
        running.dispose();
      }
    }
  });
});
