/**
 * The pseudo-locale en-XA (issue 12): a browser set to it gets every message accented and 30 % longer, so any
 * English left on screen did not come from the resources. The main flows run in it: every page, running a
 * container from the run dialog, its detail tabs, the remove confirmation, the pull/build/create/sign-in
 * dialogs, the command palette; at each step no plain English word may remain beside the engine's own data.
 * The built web shell, real Chromium, the real test engine; what it makes has a uniqueName() and is removed.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { routes } from '../../shared/routes.js';
import { docker, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { webShellSession } from '../support/e2e-session.js';
import { engineWords, pseudoName, untranslatedOnScreen } from '../support/ui-text.js';
import { removeVolumesNamed } from '../support/volumes.js';

const prefix = uniqueName('xa');
const running = `${prefix}-qx1`;
const volume = `${prefix}-qv1`;
const network = `${prefix}-qn1`;
const xa = pseudoName;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Its own data folder: the palette's "run again" entries are this file's runs only.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-e2e-xa-data-'));
const session = webShellSession({
  env: { BERTH_DATA_DIR: dataDir },
  async setup() {
    await docker('volume', 'create', volume);
    await docker('network', 'create', network);
    await docker('run', '-d', '--name', running, '--network', network, '-v', `${volume}:/data`, '-p', '127.0.0.1::80', testEnv().image, 'sleep', '3600');
    await docker('create', '--name', `${prefix}-qs1`, testEnv().image, 'true');
  },
  async cleanup() {
    await removeContainersNamed(prefix);
    await docker('network', 'rm', network).catch(() => undefined);
    await removeVolumesNamed(prefix);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

/** What the engine holds when the check runs (it changes as the flows run containers). */
let data = new Set<string>();
const found: string[] = [];
async function check(page: Page, where: string): Promise<void> {
  // Lists and details fill in from the engine after the heading: give what is loading a moment to land.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
  for (const problem of await untranslatedOnScreen(page, data)) found.push(`${where}: ${problem}`);
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

describe('the pseudo-locale en-XA: no English-only text on screen in the main flows (web shell, Chromium, test engine)', () => {
  test('the check can fail: on the English page it finds the English words', async () => {
    const page = await session.pages.open(session.shell.url, { locale: 'en-US' });
    await page.getByRole('row', { name: running, exact: true }).waitFor();
    const english = await untranslatedOnScreen(page, await engineWords());
    for (const word of ['Containers', 'Images', 'Settings']) assert.ok(english.some((problem) => problem.startsWith(`“${word}”`)), `${word} is found`);
  });

  test('every page, run a container, its tabs, the confirmations and dialogs: everything on screen comes from the resources', { timeout: 300_000 }, async () => {
    data = await engineWords();
    data.add(running).add(volume).add(network);
    // The files tab lists the container's own files.
    for (const file of (await docker('exec', running, 'ls', '-1', '/')).split('\n')) data.add(file.trim());
    const page = await session.pages.open(session.shell.url, { locale: 'en-XA', viewport: { width: 1440, height: 900 } });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');

    const nav = page.getByRole('navigation', { name: xa('Main') });
    for (const section of ['Containers', 'Images', 'Volumes', 'Networks', 'Registries', 'Engine', 'Settings']) {
      await nav.getByRole('link', { name: xa(section) }).click();
      await page.getByRole('heading', { name: xa(section), level: 1 }).waitFor();
      await check(page, section);
    }

    // Run a container from the dialog, in the pseudo-locale.
    await nav.getByRole('link', { name: xa('Containers') }).click();
    await page.getByRole('row', { name: running, exact: true }).waitFor();
    await check(page, 'containers with rows');
    await page.getByRole('button', { name: xa('Run a container') }).click();
    const dialog = page.getByRole('dialog', { name: xa('Run a container') });
    await check(page, 'run dialog');
    const ran = `${prefix}-qr1`;
    data.add(ran);
    await dialog.getByLabel(xa('Image'), { exact: true }).fill(testEnv().image);
    await dialog.getByLabel(xa('Name'), { exact: true }).fill(ran);
    await dialog.getByLabel(xa('Command'), { exact: true }).fill('sleep 3600');
    await check(page, 'run dialog, filled');
    await dialog.getByRole('button', { name: xa('Run'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitFor(async () => (await docker('ps', '--filter', `name=^${ran}$`, '--format', '{{.State}}')) === 'running', `${ran} runs`);
    await page.getByRole('row', { name: ran, exact: true }).waitFor();
    await check(page, 'containers after run');

    // The container's detail, tab by tab, and the remove confirmation (cancelled).
    await go(page, routes.container(running, { tab: 'overview' }));
    await page.getByRole('heading', { name: running }).waitFor();
    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    assert.ok(count >= 5, `the detail has its tabs (${count})`);
    for (let index = 0; index < count; index++) {
      const tab = tabs.nth(index);
      const name = (await tab.textContent()) ?? `tab ${index}`;
      await tab.click();
      await check(page, `container detail, ${name}`);
    }
    await go(page, routes.container(running, { tab: 'overview' }));
    // Named "Remove <container>" in a message of its own: the accented verb, then the name as it is.
    await page.getByRole('button', { name: new RegExp(`${escape(xa('Remove'))} ${escape(running)}`) }).first().click();
    await page.getByRole('dialog').waitFor();
    await check(page, 'remove confirmation');
    await page.getByRole('button', { name: xa('Cancel') }).click();

    // The dialogs people open most.
    const dialogs: [string, string, string][] = [
      [routes.images(), 'Pull an image', 'Pull an image'],
      [routes.images(), 'Build an image', 'Build an image'],
      [routes.volumes(), 'Create volume…', 'Create a volume'],
      [routes.networks(), 'Create network…', 'Create a network'],
      [routes.registries(), 'Sign in to a registry', 'Sign in to a registry'],
    ];
    for (const [hash, button, title] of dialogs) {
      await go(page, hash);
      await page.getByRole('button', { name: xa(button) }).first().click();
      await page.getByRole('dialog', { name: xa(title) }).waitFor();
      await check(page, title);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
    await go(page, routes.image(testEnv().image));
    await page.getByRole('tab').first().waitFor();
    await check(page, 'image detail');
    await go(page, routes.volume(volume));
    await page.getByRole('heading', { name: volume }).waitFor();
    await check(page, 'volume detail');
    await go(page, routes.network(network));
    await page.getByRole('heading', { name: network }).waitFor();
    await check(page, 'network detail');

    // The command palette, with a search that finds a container.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: xa('Command palette') });
    await palette.waitFor();
    await check(page, 'command palette');
    await page.keyboard.type(running.slice(-8));
    await check(page, 'command palette, searching');
    await page.keyboard.press('Escape');

    assert.deepEqual(found, []);
  });
});
