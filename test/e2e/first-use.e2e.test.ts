/**
 * Rough edges a new user meets first (issue 11, item 7), end to end: the built web shell, real Chromium, the
 * real test engines. The empty page uses the second (swarm) engine, which holds no containers; "engine
 * unavailable" uses a web shell pointed at a socket nobody listens on, so the shared engine is never stopped.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { AppPages } from '../support/app-page.js';
import { launchBrowser } from '../support/browser.js';
import { docker, dockerOn, engineUrl, removeContainersNamed, swarmEngineUrl, testEnv, uniqueName, waitFor } from '../support/env.js';
import { startWebShellProcess, type RunningWebShell } from '../support/web-shell.js';
import { UI_TIMEOUT, waitForText } from '../support/ui.js';

let browser: Browser;
const pages = new AppPages(() => browser);
const shells: RunningWebShell[] = [];

async function openShell(engine: string, width = 1440): Promise<Page> {
  const shell = await startWebShellProcess([], {}, { engine });
  shells.push(shell);
  return pages.open(shell.url, { viewport: { width, height: 900 }, connected: false });
}

describe('first use (web shell, Chromium, test engines)', () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await pages.closeAll();
    await browser?.close();
    for (const shell of shells) await shell.stop();
  });

  test('the empty Containers page offers "Run your first container", which opens the run dialog', async () => {
    assert.equal(await dockerOn(swarmEngineUrl(), 'ps', '-aq'), '', 'the swarm engine starts without containers');
    const page = await openShell(swarmEngineUrl());
    await waitForText(page.getByTestId('engine-status'), /Connected/);
    const empty = page.getByRole('status').filter({ hasText: 'No containers' });
    await empty.waitFor();
    await empty.getByRole('button', { name: 'Run your first container' }).click();
    await page.getByRole('dialog', { name: 'Run a container' }).waitFor();
  });

  test('a page whose code fails to load is fetched again; one that never loads says so with Reload, and the rest of the app works', async () => {
    const shell = await startWebShellProcess();
    shells.push(shell);
    // What Chromium does to requests in flight when Docker adds a network interface for a new container.
    const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
    let containersFailures = 0;
    const page = await pages.open(shell.url, {
      beforeLoad: (page) => {
        void page.route(chunk('ContainersPage'), (route) => (containersFailures++ < 2 ? route.abort('internetdisconnected') : route.continue()));
        void page.route(chunk('ImagesPage'), (route) => route.abort('internetdisconnected'));
      },
    });
    await page.getByRole('heading', { name: 'Containers', level: 1 }).waitFor();
    assert.equal(containersFailures, 3, 'the Containers page loaded on its third request');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Images' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'The Images page could not be shown' });
    await failure.waitFor();
    assert.equal(await failure.getByRole('button', { name: 'Reload' }).isVisible(), true);
    await nav.getByRole('link', { name: 'Containers' }).click();
    await page.getByRole('heading', { name: 'Containers', level: 1 }).waitFor();
    await waitForText(page.getByTestId('engine-status'), /Connected/);
  });

  test('Run, Pull, Build, Load and Prune are disabled, with a tooltip that says why, while the engine is unavailable', async () => {
    const page = await openShell(`unix://${path.join(testEnv().root, 'nobody-listens.sock')}`);
    await waitForText(page.getByTestId('engine-status'), /unavailable/i);
    const checkDisabled = async (name: string) => {
      const button = page.getByRole('button', { name, exact: true });
      await waitFor(async () => (await button.isDisabled()) || undefined, `${name} disabled`, UI_TIMEOUT);
      // The tooltip hangs on the wrapper (a disabled button takes no pointer events).
      await button.locator('..').hover();
      await page.getByRole('tooltip').filter({ hasText: 'The engine is unavailable' }).waitFor();
      await page.mouse.move(0, 0);
      await page.getByRole('tooltip').waitFor({ state: 'detached' });
    };
    await checkDisabled('Run a container');
    await checkDisabled('Prune stopped…');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Images' }).click();
    for (const name of ['Pull an image', 'Build an image', 'Load…', 'Prune…']) await checkDisabled(name);
  });

  test('after Run from the images page the notification offers "Open container", which opens the new one', async () => {
    const name = uniqueName('open-after-run');
    const page = await openShell(engineUrl());
    try {
      await waitForText(page.getByTestId('engine-status'), /Connected/);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Images' }).click();
      await page.getByRole('button', { name: `Run ${testEnv().image}`, exact: true }).click();
      const run = page.getByRole('dialog', { name: 'Run a container' });
      await run.getByLabel('Name', { exact: true }).fill(name);
      await run.getByRole('button', { name: 'Run', exact: true }).click();
      await run.waitFor({ state: 'detached' });
      const id = await waitFor(async () => (await docker('ps', '-aq', '--no-trunc', '--filter', `name=^${name}$`)) || undefined, `${name} in the engine`);
      const notice = page.getByRole('alert').filter({ hasText: `Started ${name}` });
      await notice.getByRole('link', { name: 'Open container' }).click();
      await page.getByRole('heading', { name, exact: true }).waitFor();
      assert.equal(new URL(page.url()).hash, `#/containers/${id}`);
      await notice.waitFor({ state: 'detached' });
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('a container with three published ports shows the first as a link and "+2" whose tooltip links the rest, untruncated at 1440 px', async () => {
    const name = uniqueName('three-ports');
    await docker('run', '-d', '--name', name, '-p', '127.0.0.1::80', '-p', '127.0.0.1::81', '-p', '127.0.0.1::82', testEnv().image, 'sleep', '3600');
    try {
      const published = await Promise.all(['80', '81', '82'].map(async (port) => (await docker('port', name, `${port}/tcp`)).split('\n')[0]!));
      const page = await openShell(engineUrl(), 1440);
      const cell = page.getByRole('row', { name, exact: true }).getByRole('gridcell').filter({ has: page.getByRole('link', { name: /→80$/ }) });
      const first = cell.getByRole('link', { name: `${published[0]}→80` });
      assert.equal(await first.getAttribute('href'), `http://${published[0]}`);
      assert.equal(await first.getAttribute('target'), '_blank');
      assert.match((await first.getAttribute('rel')) ?? '', /\bnoopener\b/);
      const more = cell.getByText('+2', { exact: true });
      // Readable: neither the link nor "+2" is cut off by the cell.
      const fits = await cell.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return Array.from(element.querySelectorAll('a, span')).every((child) => child.getBoundingClientRect().right <= box.right + 0.5 && child.scrollWidth <= child.clientWidth + 0.5);
      });
      assert.ok(fits, `the ports cell shows its contents whole: "${await cell.textContent()}"`);
      await more.hover();
      const tooltip = page.getByRole('tooltip');
      for (const [index, port] of [[1, '81'], [2, '82']] as const) {
        const link = tooltip.getByRole('link', { name: `${published[index]}→${port}` });
        assert.equal(await link.getAttribute('href'), `http://${published[index]}`);
        assert.equal(await link.getAttribute('target'), '_blank');
      }
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('Stop: the row says "Stopping…" at once while the engine waits, and offers Kill, which ends it', async () => {
    const name = uniqueName('stopping');
    // PID 1 without a handler ignores SIGTERM, so the engine waits out the whole (long) stop timeout.
    await docker('run', '-d', '--name', name, '--stop-timeout', '600', testEnv().image, 'sleep', '3600');
    try {
      const page = await openShell(engineUrl());
      const line = page.getByRole('row', { name, exact: true });
      await waitForText(line, /Running/);
      await line.getByRole('button', { name: `Stop ${name}`, exact: true }).click();
      await waitForText(line, /Stopping…/);
      assert.equal(await docker('inspect', '--format', '{{.State.Status}}', name), 'running', 'the engine is still waiting for it to stop');
      await line.getByRole('button', { name: `Kill ${name}`, exact: true }).click();
      await waitFor(async () => (await docker('inspect', '--format', '{{.State.Status}}', name)) === 'exited' || undefined, `${name} killed`, UI_TIMEOUT);
      await waitForText(line, /Exited \(137\)/);
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('the container detail opens on Overview: command, entrypoint, working dir, user, env, ports, mounts, networks with IP, gateway and MAC, restart policy, health', async () => {
    const name = uniqueName('overview');
    const network = uniqueName('overview-net');
    await docker('network', 'create', network);
    try {
      await docker('run', '-d', '--name', name, '--network', network, '--restart', 'on-failure:3', '--health-cmd', 'true', '--health-interval', '1s',
        '-e', 'GREETING=hello', '-w', '/tmp', '-u', '1000:1000', '-p', '127.0.0.1::80', '-v', `${name}-data:/data`, '--entrypoint', 'sleep', testEnv().image, '3600');
      const [ip, gateway, mac] = (await docker('inspect', '--format', `{{with index .NetworkSettings.Networks "${network}"}}{{.IPAddress}} {{.Gateway}} {{.MacAddress}}{{end}}`, name)).split(' ');
      const hostPort = (await docker('port', name, '80/tcp')).split('\n')[0]!;
      const page = await openShell(engineUrl());
      await waitForText(page.getByTestId('engine-status'), /Connected/);
      await page.evaluate((hash) => (window.location.hash = hash), `#/containers/${name}`);
      await page.getByRole('heading', { name, exact: true }).waitFor();
      assert.equal(await page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected'), 'true', 'Overview is the default tab');
      const panel = page.getByRole('tabpanel', { name: 'Overview' });
      const process = await waitForText(panel.getByRole('region', { name: 'Process' }), /healthy/);
      for (const fact of ['["sleep"]', '["3600"]', '/tmp', '1000:1000', 'on-failure (3 retries)', 'GREETING=hello']) assert.ok(process.includes(fact), `Process shows ${fact}: ${process}`);
      const net = (await panel.getByRole('region', { name: 'Network and storage' }).textContent()) ?? '';
      for (const fact of [`Network ${network}`, `IP address ${ip}`, `Gateway ${gateway}`, `MAC ${mac}`, `${hostPort}→80/tcp`, `${name}-data → /data`]) assert.ok(net.includes(fact), `Network and storage shows ${fact}: ${net}`);
    } finally {
      await removeContainersNamed(name);
      await docker('volume', 'rm', '-f', `${name}-data`);
      await docker('network', 'rm', network);
    }
  });
});
