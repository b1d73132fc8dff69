/**
 * The Layers tab of a three-step build, end to end: the built web shell, real Chromium, the real test engine.
 * Nothing is mocked. Needs `node scripts/build.mjs` first. Waits poll the page; nothing asserts on time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { docker, testEnv, uniqueName } from '../support/env.js';
import { webShellSession } from '../support/e2e-session.js';
import { makeFolder } from '../support/images.js';
import { UI_TIMEOUT } from '../support/ui.js';

const prefix = uniqueName('layers-ui');
const tag = `berth-test/${prefix}:three`;
const folder = makeFolder({
  Dockerfile: [
    `FROM ${testEnv().image}`,
    'RUN mkdir /app && head -c 200000 /dev/urandom > /app/big && echo keep > /app/keep',
    'RUN head -c 1000 /dev/urandom > /app/big',
    'RUN rm /app/big',
    '',
  ].join('\n'),
});
const session = webShellSession({
  cleanup: async () => {
    await docker('rmi', '-f', tag).catch(() => undefined);
    folder.dispose();
  },
});
const { pages } = session;

async function openLayers(): Promise<Page> {
  await docker('build', '-q', '--label', `dev.berth.test=${prefix}`, '-t', tag, folder.dir);
  const id = await docker('image', 'inspect', '--format', '{{.Id}}', tag);
  const page = await pages.open(session.shell.url, { viewport: { width: 1500, height: 1000 } });
  await page.evaluate((hash) => (window.location.hash = hash), `#/images/${id}?tab=layers`);
  return page;
}

/** The file table's rows as "change path" (change empty when the path comes unchanged from below). */
async function fileRows(page: Page, layer: number): Promise<string[]> {
  const table = page.getByRole('table', { name: `Files after layer ${layer}` });
  await table.waitFor({ timeout: UI_TIMEOUT });
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-change') ?? ''} ${row.getAttribute('aria-label')}`));
}

describe('the Layers tab (web shell, Chromium, test engine)', () => {
  test('a three-step build: each layer’s changes, the tree with its changes-only filter and search, waste, hints, compare', async () => {
    const page = await openLayers();
    const list = page.getByRole('listbox', { name: 'Layers' });
    await list.waitFor({ timeout: UI_TIMEOUT });
    const options = list.getByRole('option');
    assert.equal(await options.count(), 5, 'the fixture’s two layers and the build’s three');
    assert.equal(await options.nth(4).getAttribute('aria-selected'), 'true', 'the top layer is chosen first');
    assert.match(await options.nth(2).innerText(), /RUN[\s\S]*mkdir \/app[\s\S]*\+3/);
    assert.match(await options.nth(4).innerText(), /rm \/app\/big[\s\S]*−1/);

    // Wasted: big's 200,000 + 1,000 bytes (both copies), as dive counts them.
    assert.match(await page.getByRole('group', { name: /^Wasted: / }).innerText(), /201(\.0)? kB|196(\.\d)? KiB/);
    assert.match(await page.getByRole('region', { name: 'Hints' }).or(page.locator('section[aria-label="Hints"]')).innerText(), /Layer 4 writes a file again that layer 3 already has/);
    assert.match(await page.locator('section[aria-label="Top wasted files"]').innerText(), /\/app\/big[\s\S]*3 added, 4 modified, 5 deleted/);

    // The top layer, its changes only: the deleted file in /app.
    await page.getByLabel('Changes in this layer only').check();
    assert.deepEqual(await fileRows(page, 5), ['modified app']);
    await page.getByRole('button', { name: 'Open app' }).click();
    await page.waitForFunction(() => document.querySelector('tr[aria-label="app/big"]') !== null);
    assert.deepEqual(await fileRows(page, 5), ['deleted app/big']);

    // ↑ to the overwrite layer: the same folder shows what it changed there.
    await options.nth(4).focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => document.querySelector('table[aria-label="Files after layer 4"]') !== null);
    await page.waitForFunction(() => document.querySelector('tr[aria-label="app/big"]')?.getAttribute('data-change') === 'modified');
    assert.deepEqual(await fileRows(page, 4), ['modified app/big']);

    // Search the whole tree (changes filter off).
    await page.getByLabel('Changes in this layer only').uncheck();
    await page.getByPlaceholder('Search paths').fill('keep');
    await page.waitForFunction(() => document.querySelector('tr[aria-label="app/keep"]') !== null);
    assert.deepEqual(await fileRows(page, 4), [' app/keep']);

    // Compare with the fixture the build started from.
    await page.getByRole('button', { name: 'Compare with…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill(testEnv().image);
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await dialog.getByText(/^2 layers shared; 3 only in .*, 0 only in /).waitFor({ timeout: UI_TIMEOUT });
    const differing = await dialog.locator('tbody tr').evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-change')} ${row.getAttribute('aria-label')}`));
    assert.deepEqual(differing, ['removed app', 'removed app/keep'], 'what the build added, seen from the build’s side');
  });
});
