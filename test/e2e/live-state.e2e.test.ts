/**
 * The containers list converges on the engine's truth after containers change state by themselves (issue 10,
 * item 8): the engine's own list lags behind its `die` event by up to a second, and the page must not keep the
 * older answer. Built web shell, real Chromium, the test engine; nothing mocked. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { AppPages } from '../support/app-page.js';
import { launchBrowser } from '../support/browser.js';
import { docker, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { startWebShellProcess, type RunningWebShell } from '../support/web-shell.js';
import { waitForText } from '../support/ui.js';

/** "Within 2 s" of the engine's event, as the issue asks, every time. */
const CONVERGE_MS = 2_000;
const prefix = uniqueName('live');
let shell: RunningWebShell;
let browser: Browser;
let page: Page;

/** When the engine sent each container's events (read from the engine directly, beside Berth). */
const dieAt = new Map<string, number>();
let events: http.ClientRequest;

function followEngineEvents(): void {
  const filters = encodeURIComponent(JSON.stringify({ type: ['container'], event: ['die', 'oom'] }));
  events = http.request({ socketPath: testEnv().socket, path: `/events?filters=${filters}` });
  events.on('response', (res) => {
    let tail = '';
    res.on('data', (chunk: Buffer) => {
      tail += chunk.toString();
      const lines = tail.split('\n');
      tail = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line) as { Action: string; Actor: { Attributes: { name: string } } };
        if (event.Action === 'die') dieAt.set(event.Actor.Attributes.name, Date.now());
      }
    });
  });
  events.on('error', () => {});
  events.end();
}

const row = (name: string) => page.getByRole('row', { name, exact: true });

/** The row says `text` no later than CONVERGE_MS after the engine's die event for it. */
async function convergesAfterDeath(name: string, text: RegExp): Promise<void> {
  const died = await waitFor(() => dieAt.get(name), `${name} to die`, 30_000);
  const deadline = died + CONVERGE_MS;
  await waitForText(row(name), text, Math.max(1, deadline - Date.now()));
  assert.ok(Date.now() <= deadline + 100, `${name} showed ${text} ${Date.now() - died} ms after its die event`);
}

describe('the containers list follows containers that change state by themselves (web shell, Chromium, test engine)', () => {
  before(async () => {
    followEngineEvents();
    shell = await startWebShellProcess();
    browser = await launchBrowser();
    page = await new AppPages(() => browser).open(shell.url, { viewport: { width: 1440, height: 900 } });
    await page.getByLabel('Search containers').fill(prefix);
  });
  after(async () => {
    events?.destroy();
    await browser?.close();
    await shell?.stop();
    await removeContainersNamed(prefix);
  });

  test('self-exiting containers (codes 2, 3, 4) show Exited with their code within 2 s, over 5 rounds', async () => {
    for (let round = 0; round < 5; round++) {
      const names = [2, 3, 4].map((code) => `${prefix}-exit-${round}-${code}`);
      await Promise.all(names.map((name, i) => docker('run', '-d', '--name', name, '--network', 'none', testEnv().image, 'sh', '-c', `sleep 1; exit ${i + 2}`)));
      for (const [i, name] of names.entries()) await convergesAfterDeath(name, new RegExp(`Exited \\(${i + 2}\\)`));
    }
  });

  test('a container killed for memory (OOM) shows Exited (137) within 2 s', async () => {
    const name = `${prefix}-oom`;
    await docker('run', '-d', '--name', name, '--network', 'none', '--memory', '16m', '--memory-swap', '16m', testEnv().image, 'sh', '-c', 'x=aaaaaaaa; while true; do x=$x$x; done');
    await convergesAfterDeath(name, /Exited \(137\)/);
    assert.equal(await docker('inspect', '--format', '{{.State.OOMKilled}}', name), 'true');
  });

  test('a crash-looping container shows Restarting while the engine backs off', async () => {
    const name = `${prefix}-loop`;
    await docker('run', '-d', '--name', name, '--network', 'none', '--restart', 'always', testEnv().image, 'sh', '-c', 'sleep 0.3; exit 3');
    // The engine's back-off doubles from 100 ms: after a few restarts it waits seconds, in "restarting".
    for (let sample = 0; sample < 3; sample++) {
      await waitFor(async () => {
        const [state, count] = (await docker('inspect', '--format', '{{.State.Status}} {{.RestartCount}}', name)).split(' ');
        return state === 'restarting' && Number(count) >= 5 + sample;
      }, 'the engine to back off', 60_000);
      dieAt.delete(name);
      await waitForText(row(name), /Restarting/, CONVERGE_MS);
      await waitFor(async () => (await docker('inspect', '--format', '{{.State.Status}}', name)) === 'running', 'the next restart', 60_000);
    }
  });
});
