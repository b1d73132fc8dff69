/**
 * Several engines, settings and the command palette end to end: the built web shell as its own process with
 * its own data folder and no --engine (so saved engines apply; DOCKER_HOST names the test engine for
 * "automatic"), real Chromium, the test engine and the loopback sshd whose sessions reach it. Nothing is
 * mocked. Needs `npm run build` first.
 *
 * Containers are named from uniqueName() and removed by the test that made them. The engine Berth can run
 * itself is never started here (the managed-engine integration test does that).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { AppPages } from '../support/app-page.js';
import { launchBrowser } from '../support/browser.js';
import { docker, engineUrl, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { startWebShellProcess, type RunningWebShell } from '../support/web-shell.js';
import { connectWs } from '../support/ws-client.js';
import { UI_TIMEOUT, waitForText } from '../support/ui.js';

/** Loading the app, or an ssh connection, on a loaded two-core machine takes its time. */
const SLOW_TIMEOUT = 90_000;
const UNREACHABLE = '/tmp/berth-no-such.sock';
const run = promisify(execFile);

let dataDir: string;
let shell: RunningWebShell;
let browser: Browser;
const pages = new AppPages(() => browser);
const shells: RunningWebShell[] = [];
/** The docker CLI config folder each web shell was given (DOCKER_CONFIG), by URL. */
const dockerConfigs = new Map<string, string>();

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A web shell without --engine: saved engines, then DOCKER_HOST (the test engine), as a user would run it. */
async function startShell(data: string): Promise<RunningWebShell> {
  // An empty docker config: no context of the machine's user leaks in.
  const dockerConfig = tempDir('berth-e2e-docker-');
  // An empty home: the machine user's ~/.ssh/known_hosts is not read either.
  const home = tempDir('berth-e2e-home-');
  const env = { BERTH_DATA_DIR: data, DOCKER_HOST: engineUrl(), DOCKER_CONTEXT: '', DOCKER_CONFIG: dockerConfig, HOME: home };
  const started = await startWebShellProcess([], env, { engine: null });
  shells.push(started);
  dockerConfigs.set(started.url, dockerConfig);
  return started;
}

function openApp(url = shell.url, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  return pages.open(url, { viewport: { width: 1280, height: 900 }, colorScheme, timeoutMs: SLOW_TIMEOUT });
}

async function goTo(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
}

function row(page: Page, name: string): Locator {
  return page.getByRole('row', { name, exact: true });
}

function savedSettings(data = dataDir): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(data, 'settings.json'), 'utf8')) as Record<string, unknown>;
}

async function addEngine(page: Page, kind: 'Socket' | 'SSH', fields: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: 'Add engine…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add engine' });
  await dialog.getByRole('button', { name: kind, exact: true }).click();
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
  assert.ok(await dialog.getByRole('checkbox', { name: 'Use it now' }).isChecked(), '"Use it now" is the default');
  await dialog.getByRole('button', { name: 'Add and use' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('engines, settings and the palette (web shell without --engine, Chromium, test engine)', () => {
  before(async () => {
    dataDir = tempDir('berth-e2e-data-');
    shell = await startShell(dataDir);
    browser = await launchBrowser();
  });

  after(async () => {
    await pages.closeAll();
    await browser?.close();
    for (const started of shells) await started.stop();
  });

  test('switching engines updates the containers page: ssh, then an unreachable one, then automatic again', { timeout: 240_000 }, async () => {
    const first = uniqueName('switch-a');
    const second = uniqueName('switch-b');
    const { ssh } = testEnv();
    await docker('run', '-d', '--name', first, '--network', 'none', '--stop-timeout', '1', testEnv().image, 'sleep', '3600');
    try {
      const page = await openApp();
      await row(page, first).waitFor();

      // The engine page says what is in use and how it was found.
      await goTo(page, 'Engine');
      await waitForText(page.getByTestId('engine-endpoint'), new RegExp(engineUrl().replace(/[/.]/g, '\\$&')));
      // The engine's version and the host's name, each under its own label (not "Engine: <host name>").
      const [version, hostName] = (await docker('info', '--format', '{{.ServerVersion}} {{.Name}}')).split(' ');
      const facts = await waitForText(page.getByLabel('Engine facts'), /Host name/);
      assert.ok(facts.includes(`Engine versionDocker Engine ${version}`) && facts.includes(`Host name${hostName}`), facts);
      assert.match(await page.getByText(/reclaimable by removing everything unused/).first().textContent() ?? '', /up to \d/);
      const engines = page.getByRole('list', { name: 'Engines' });
      await waitForText(engines.getByRole('listitem', { name: 'Automatic' }), /In use/);

      // An ssh engine through the loopback sshd, used at once: every page follows.
      await addEngine(page, 'SSH', { 'SSH address': `${ssh.user}@${ssh.host}:${ssh.port}`, 'SSH key path': ssh.privateKey, Name: 'loopback ssh' });
      // Its host key is new to Berth: asked once, with the fingerprint ssh-keygen gives for the server's key.
      const prompt = page.getByRole('dialog', { name: 'Trust this ssh host?' });
      await prompt.waitFor({ timeout: SLOW_TIMEOUT });
      const fingerprint = (await run('ssh-keygen', ['-l', '-E', 'sha256', '-f', ssh.hostKey])).stdout.split(' ')[1];
      assert.equal(await prompt.getByTestId('host-key-fingerprint').textContent(), fingerprint);
      await prompt.getByRole('button', { name: 'Trust and connect' }).click();
      await prompt.waitFor({ state: 'detached' });
      assert.match(fs.readFileSync(path.join(dataDir, 'known_hosts'), 'utf8'), new RegExp(`^\\[127\\.0\\.0\\.1\\]:${ssh.port} ssh-ed25519 `));
      const sshRow = engines.getByRole('listitem', { name: 'loopback ssh' });
      await waitForText(sshRow, /In use/);
      await waitForText(page.getByTestId('engine-endpoint'), new RegExp(`^ssh://${ssh.user}@${ssh.host.replace(/\./g, '\\.')}:${ssh.port}$`));
      await waitForText(page.getByTestId('engine-status'), /Connected/, SLOW_TIMEOUT);
      await waitForText(sshRow, /Connected/, SLOW_TIMEOUT);
      assert.deepEqual(
        (savedSettings().engines as { name: string; url: string; sshKeyPath?: string }[]).map(({ name, url, sshKeyPath }) => ({ name, url, sshKeyPath })),
        [{ name: 'loopback ssh', url: `ssh://${ssh.user}@${ssh.host}:${ssh.port}`, sshKeyPath: ssh.privateKey }],
      );
      await goTo(page, 'Containers');
      await row(page, first).waitFor({ timeout: SLOW_TIMEOUT });

      // An engine that is not there: the containers page says so instead of showing the old rows.
      await goTo(page, 'Engine');
      await addEngine(page, 'Socket', { 'Socket path': UNREACHABLE, Name: 'nowhere' });
      await waitForText(engines.getByRole('listitem', { name: 'nowhere' }), /In use/);
      await waitForText(page.getByTestId('engine-status'), /Unavailable/, SLOW_TIMEOUT);
      await goTo(page, 'Containers');
      const notice = page.getByRole('alert').filter({ hasText: 'Engine unavailable' });
      await notice.waitFor();
      assert.match((await notice.textContent()) ?? '', new RegExp(UNREACHABLE.replace(/[/.]/g, '\\$&')));
      assert.equal(await row(page, first).count(), 0, 'no rows of the engine that was left');

      // Made while Berth looks elsewhere: only a reload on the way back can show it.
      await docker('run', '-d', '--name', second, '--network', 'none', '--stop-timeout', '1', testEnv().image, 'sleep', '3600');

      // Back to automatic (the notice links to the engine page): both rows are there.
      await notice.getByRole('link', { name: 'Choose another engine' }).click();
      await page.getByRole('heading', { name: 'Engine', level: 1 }).waitFor();
      await engines.getByRole('listitem', { name: 'Automatic' }).getByRole('button', { name: 'Use Automatic' }).click();
      await waitForText(engines.getByRole('listitem', { name: 'Automatic' }), /In use/);
      await waitForText(page.getByTestId('engine-status'), /Connected/, SLOW_TIMEOUT);
      assert.equal(savedSettings().activeEngine, null);
      await goTo(page, 'Containers');
      await row(page, first).waitFor();
      await row(page, second).waitFor();

      // Forgetting a saved engine asks first; Cancel keeps it.
      await goTo(page, 'Engine');
      await engines.getByRole('button', { name: 'Remove nowhere' }).click();
      const confirm = page.getByRole('dialog', { name: 'Remove “nowhere”?' });
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await confirm.waitFor({ state: 'detached' });
      await engines.getByRole('listitem', { name: 'nowhere' }).waitFor(); // still there
      await engines.getByRole('button', { name: 'Remove nowhere' }).click();
      await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
      await engines.getByRole('listitem', { name: 'nowhere' }).waitFor({ state: 'detached' });
      assert.deepEqual((savedSettings().engines as { name: string }[]).map((e) => e.name), ['loopback ssh']);
    } finally {
      await removeContainersNamed(first);
      await removeContainersNamed(second);
    }
  });

  test('Import docker contexts saves the docker CLI’s contexts once', async () => {
    const name = uniqueName('context');
    const meta = path.join(dockerConfigs.get(shell.url)!, 'contexts', 'meta', createHash('sha256').update(name).digest('hex'));
    fs.mkdirSync(meta, { recursive: true });
    fs.writeFileSync(path.join(meta, 'meta.json'), JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: 'unix:///tmp/berth-context.sock', SkipTLSVerify: false } } }));
    const page = await openApp();
    await goTo(page, 'Engine');
    const engines = page.getByRole('list', { name: 'Engines' });
    await page.getByRole('button', { name: 'Import docker contexts' }).click();
    await waitForText(engines.getByRole('listitem', { name }), /unix:\/\/\/tmp\/berth-context\.sock/);
    await waitForText(page.getByRole('alert').filter({ hasText: 'Imported 1 docker context' }), new RegExp(name));
    // Twice: nothing new.
    await page.getByRole('button', { name: 'Import docker contexts' }).click();
    await page.getByRole('alert').filter({ hasText: 'No new docker context' }).waitFor();
    assert.equal(await engines.getByRole('listitem', { name }).count(), 1);
    await engines.getByRole('button', { name: `Remove ${name}` }).click();
    await page.getByRole('dialog', { name: `Remove “${name}”?` }).getByRole('button', { name: 'Remove', exact: true }).click();
    await engines.getByRole('listitem', { name }).waitFor({ state: 'detached' });
  });

  test('the settings page changes the theme, saved in the settings file: it survives a reload and a fresh browser', async () => {
    const page = await openApp(shell.url, 'light');
    await goTo(page, 'Settings');
    const scheme = (p: Page) => p.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    assert.equal(await scheme(page), 'light');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await waitFor(async () => (await scheme(page)) === 'dark', 'the page to turn dark');
    await waitFor(() => savedSettings().theme === 'dark', 'the settings file to hold theme: dark');

    await page.reload();
    await waitForText(page.getByTestId('engine-status'), /Connected/, SLOW_TIMEOUT);
    assert.equal(await scheme(page), 'dark');
    assert.ok(await page.getByRole('radio', { name: 'Dark' }).isChecked());

    // Another browser (no localStorage of the first) whose system is light: the setting still wins.
    const fresh = await openApp(shell.url, 'light');
    await waitFor(async () => (await scheme(fresh)) === 'dark', 'a fresh browser to use the saved theme');

    // The log buffer is a setting too.
    await page.getByLabel('Lines kept per logs view').click();
    await page.getByRole('option', { name: '250,000 lines' }).click();
    await waitFor(() => savedSettings().logBufferLines === 250_000, 'the settings file to hold logBufferLines: 250000');

    await page.getByRole('radio', { name: 'System' }).check();
    await waitFor(() => savedSettings().theme === 'system', 'the settings file to hold theme: system');
    assert.equal(await scheme(page), 'light');
  });

  test('a broken settings file is reported on the settings page and kept as a backup', async () => {
    const broken = tempDir('berth-e2e-broken-');
    fs.writeFileSync(path.join(broken, 'settings.json'), '{"theme": "dark",');
    const other = await startShell(broken);
    const page = await openApp(other.url);
    await goTo(page, 'Settings');
    const problems = page.getByTestId('settings-problems');
    await waitForText(problems, /could not be used.*kept as .*settings\.json\.broken-/);
    assert.ok(fs.readdirSync(broken).some((file) => file.startsWith('settings.json.broken-')), 'the broken file is kept');
  });

  test('the command palette (Ctrl+K) jumps to a container, and runs its actions from the keyboard', async () => {
    const name = uniqueName('palette');
    await docker('run', '-d', '--name', name, '--network', 'none', '--stop-timeout', '1', testEnv().image, 'sleep', '3600');
    try {
      const page = await openApp();
      await row(page, name).waitFor();
      const palette = page.getByRole('dialog', { name: 'Command palette' });

      await page.keyboard.press('Control+k');
      const input = palette.getByRole('combobox', { name: 'Search commands' });
      await input.fill(name);
      const option = palette.getByRole('option', { selected: true });
      await waitForText(option, new RegExp(name));
      await page.keyboard.press('Enter');
      await palette.waitFor({ state: 'detached' });
      const id = await docker('inspect', '-f', '{{.Id}}', name);
      await waitFor(() => page.url().includes(`#/containers/${id}`), 'the container’s detail view');

      // → lists its actions; "stop" finds Stop; Enter stops it in the engine.
      await page.keyboard.press('Control+k');
      await input.fill(name);
      await waitForText(palette.getByRole('option', { selected: true }), new RegExp(name));
      await page.keyboard.press('ArrowRight');
      const actions = palette.getByRole('combobox', { name: `Actions for ${name}` });
      await actions.waitFor();
      await actions.fill('stop');
      await waitForText(palette.getByRole('option', { selected: true }), /^Stop/);
      await page.keyboard.press('Enter');
      await waitFor(async () => (await docker('inspect', '-f', '{{.State.Status}}', name)) === 'exited', `${name} to be stopped`, UI_TIMEOUT);

      // Escape closes; "Go to" commands navigate.
      await page.keyboard.press('Control+k');
      await input.fill('go to engine');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Engine', level: 1 }).waitFor();
      await page.keyboard.press('Control+k');
      await palette.waitFor();
      await page.keyboard.press('Escape');
      await palette.waitFor({ state: 'detached' });
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('Run again in the palette runs a recent run (settings.recentRuns) again', async () => {
    const name = uniqueName('again');
    const client = await connectWs(shell.port, shell.token);
    try {
      // A run made through Berth is remembered; the container goes, the run stays in the list.
      await client.call('containers.run', { image: testEnv().image, name, cmd: ['sleep', '3600'], network: 'none' });
      await removeContainersNamed(name);
      const page = await openApp();
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await palette.getByRole('combobox', { name: 'Search commands' }).fill(`run again ${name}`);
      await waitForText(palette.getByRole('option', { selected: true }), new RegExp(`Run again: ${name}`));
      await page.keyboard.press('Enter');
      await waitFor(async () => (await docker('inspect', '-f', '{{.State.Status}}', name).catch(() => '')) === 'running', `${name} to run again`, UI_TIMEOUT);
      await row(page, name).waitFor();
    } finally {
      client.close();
      await removeContainersNamed(name);
    }
  });
});
