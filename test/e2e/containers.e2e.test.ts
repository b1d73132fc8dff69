/**
 * The containers page end to end: the built web shell as its own process, real Chromium, the real test
 * engine (scripts/test-env.sh). Nothing is mocked. Needs `npm run build` first.
 *
 * Every container a test makes has a name from uniqueName() and is removed by that test. Waits poll the
 * page or the engine (locator.waitFor, waitFor) with generous limits; nothing asserts on time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { docker, removeContainersNamed, startEngine, stopEngine, testEnv, uniqueName, waitFor } from '../support/env.js';
import { startWebShellProcess } from '../support/web-shell.js';
import { UI_TIMEOUT, waitForText } from '../support/ui.js';
import { webShellSession } from '../support/e2e-session.js';

/** Engine restarts take their time on a loaded two-core machine. */
const RECOVERY_TIMEOUT = 90_000;

const session = webShellSession();
const { pages } = session;

/** Opens the page without waiting for it to connect (it may be meant not to). */
const openPage = (url: string) => pages.open(url, { connected: false });
/** Opens the app with the right token and waits until it shows the engine as connected. */
const openApp = () => pages.open(session.shell.url);

/** Runs a container from the fixture image (never pulled) that stops in a second when asked. */
async function runContainer(name: string, ...command: string[]): Promise<void> {
  await docker('run', '-d', '--name', name, '--stop-timeout', '1', testEnv().image, ...(command.length ? command : ['sleep', '3600']));
}

async function engineState(name: string): Promise<string> {
  return docker('ps', '-a', '--filter', `name=^${name}$`, '--format', '{{.State}}');
}

function row(page: Page, name: string): Locator {
  return page.getByRole('row', { name, exact: true });
}

describe('containers page (web shell, Chromium, test engine)', () => {
  test('(a) a container started with the docker CLI appears as running without a reload; the token leaves the URL', async () => {
    const name = uniqueName('appear');
    const page = await openApp();
    try {
      assert.doesNotMatch(page.url(), /token/, 'the token is wiped from the visible address');
      await runContainer(name);
      const line = row(page, name);
      await line.waitFor();
      await waitForText(line, /Running/);
      assert.match((await line.textContent()) ?? '', /berth-fixture\/busybox/);

      // A reload keeps working: the token is remembered for this tab.
      await page.reload();
      await row(page, name).waitFor();
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('(b) Stop from the row stops it in the engine; Remove asks first, Escape cancels, Remove removes', async () => {
    const name = uniqueName('stop-remove');
    await runContainer(name);
    const page = await openApp();
    try {
      const line = row(page, name);
      await waitForText(line, /Running/);

      await page.getByRole('button', { name: `Stop ${name}`, exact: true }).click();
      await waitFor(async () => (await engineState(name)) === 'exited', `${name} to be exited in the engine`, UI_TIMEOUT);
      await waitForText(line, /Exited/);

      // Escape cancels: nothing is removed.
      await page.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      assert.match((await dialog.textContent()) ?? '', new RegExp(name));
      const volumes = dialog.getByRole('checkbox', { name: 'Also remove anonymous volumes' });
      assert.equal(await volumes.isChecked(), false, 'anonymous volumes are kept unless asked');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await engineState(name), 'exited');

      await page.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
      await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
      await waitFor(async () => (await engineState(name)) === '', `${name} to be gone from docker ps -a`, UI_TIMEOUT);
      await line.waitFor({ state: 'detached' });
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('(c) the engine going away is shown, and the page recovers by itself with the right rows', async () => {
    const before = uniqueName('outage');
    const afterwards = uniqueName('outage-after');
    await runContainer(before);
    const page = await openApp();
    try {
      await waitForText(row(page, before), /Running/);
      try {
        await stopEngine();
        const alert = page.getByRole('alert').filter({ hasText: 'The engine is unavailable' });
        await alert.waitFor();
        await waitForText(page.getByTestId('engine-status'), /Unavailable/);
        assert.equal(await row(page, before).count(), 0, 'no stale rows while the engine is away');
      } finally {
        await startEngine();
      }
      // No reload: the page follows the engine's return. Stopping dockerd stopped the container.
      await waitForText(page.getByTestId('engine-status'), /Connected/, RECOVERY_TIMEOUT);
      await waitForText(row(page, before), /Exited/, RECOVERY_TIMEOUT);
      assert.equal(await page.getByRole('alert').filter({ hasText: 'The engine is unavailable' }).count(), 0);

      // And it is live again: a container created now shows up.
      await runContainer(afterwards);
      await waitForText(row(page, afterwards), /Running/);
    } finally {
      await removeContainersNamed(before);
      await removeContainersNamed(afterwards);
    }
  });

  test('(d) search filters rows; the Running/All toggle hides an exited container', async () => {
    const prefix = uniqueName('filter');
    const up = `${prefix}-up`;
    const done = `${prefix}-done`;
    await runContainer(up);
    await runContainer(done, 'true');
    await waitFor(async () => (await engineState(done)) === 'exited', `${done} to exit`);
    const page = await openApp();
    try {
      await waitForText(row(page, done), /Exited \(0\)/);
      await row(page, up).waitFor();

      // `/` focuses the search box.
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('/');
      const search = page.getByLabel('Search containers');
      assert.equal(await search.evaluate((element) => element === document.activeElement), true);

      await page.keyboard.type(up);
      await row(page, done).waitFor({ state: 'detached' });
      await row(page, up).waitFor();

      await search.fill(prefix);
      await row(page, done).waitFor();
      await row(page, up).waitFor();

      await page.getByRole('button', { name: 'Running', exact: true }).click();
      await row(page, done).waitFor({ state: 'detached' });
      await row(page, up).waitFor();

      await page.getByRole('button', { name: 'All', exact: true }).click();
      await row(page, done).waitFor();

      await search.fill(`${prefix}-nothing-has-this-name`);
      await page.getByText('No containers match').waitFor();
    } finally {
      await removeContainersNamed(prefix);
    }
  });

  test('(e) without a token, or with a wrong one, the page says so instead of staying blank', async () => {
    const base = `http://127.0.0.1:${session.shell.port}/`;

    const noToken = await openPage(base);
    await noToken.getByRole('alert').filter({ hasText: 'Berth needs its access token' }).waitFor();
    assert.match((await noToken.getByRole('alert').textContent()) ?? '', /#token=/);

    const wrongToken = await openPage(`${base}#token=${session.shell.token.slice(0, -2)}xx`);
    await wrongToken.getByRole('alert').filter({ hasText: 'did not accept this access token' }).waitFor();
    assert.equal(await wrongToken.getByTestId('engine-status').count(), 0, 'no app without a valid token');
  });

  test('(f) keyboard: arrows move between rows, Enter opens the detail view, Inspect shows a searchable JSON view, Delete asks to remove', async () => {
    const name = uniqueName('keys');
    await runContainer(name);
    const page = await openApp();
    try {
      await page.getByLabel('Search containers').fill(name);
      const line = row(page, name);
      await line.waitFor();
      await line.click({ position: { x: 300, y: 10 } });
      await page.keyboard.press('ArrowDown'); // a single row: focus stays on it
      assert.equal(await line.evaluate((element) => element === document.activeElement), true);

      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name, exact: true }).waitFor();
      assert.match(page.url(), new RegExp(`#/containers/[0-9a-f]{64}`), 'the detail view has an address of its own');
      await page.getByRole('link', { name: 'Back to containers' }).click();
      await line.waitFor();

      // The row's Inspect button opens the drawer; Escape closes it.
      await page.getByRole('button', { name: `Inspect ${name}`, exact: true }).click();
      const drawer = page.getByRole('heading', { name: `Inspect ${name}` });
      await drawer.waitFor();
      const output = page.getByLabel(`Inspect output of ${name}`);
      await waitForText(output, /"Id": "[0-9a-f]{64}"/);
      await page.getByLabel('Search inspect output').fill('sleep');
      await waitForText(page.getByTestId('inspect-match-count'), /^1 of \d+$/);
      assert.ok((await output.locator('mark').count()) > 0, 'matches are highlighted');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });

      await line.focus();
      await page.keyboard.press('Delete');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      assert.match((await dialog.textContent()) ?? '', /Force \(stop running containers\)/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('(g) when the web shell goes away the page says so, and it comes back by itself, live again', async () => {
    const name = uniqueName('reconnect');
    const own = await startWebShellProcess();
    const { port, token } = own;
    let replacement: { stop(): Promise<void> } | undefined;
    const page = await pages.open(own.url);
    try {
      await own.stop();
      await waitForText(page.getByTestId('connection-lost'), /Connection to Berth lost/).catch(async (error: unknown) => {
        throw await pages.explained(page, error);
      });

      // While it is away a container comes and goes unseen; the page must catch up when it is back.
      await runContainer(name);
      // The same port and token, so the open page can reconnect to it (a new run would make a new token).
      replacement = await startWebShellProcess(['--port', String(port)], { BERTH_WEB_TOKEN: token });
      await page.getByTestId('connection-lost').waitFor({ state: 'detached', timeout: RECOVERY_TIMEOUT });
      await waitForText(row(page, name), /Running/);
      await docker('stop', name);
      await waitForText(row(page, name), /Exited/);
    } finally {
      await replacement?.stop();
      await own.stop();
      await removeContainersNamed(name);
    }
  });
});
