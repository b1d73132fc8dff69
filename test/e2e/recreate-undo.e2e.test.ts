/**
 * Edit → recreate and remove → undo end to end: the built web shell, real Chromium, the real test engine.
 * Nothing is mocked. Needs `node scripts/build.mjs` first. Containers run with --network none: none of them
 * needs the engine's default bridge. Waits poll the page or the engine; nothing asserts on time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { docker, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { webShellSession } from '../support/e2e-session.js';
import { UI_TIMEOUT } from '../support/ui.js';

const prefix = uniqueName('undo-ui');
const session = webShellSession({ cleanup: () => removeContainersNamed(prefix) });
const { pages } = session;

async function openApp(hash: string): Promise<Page> {
  const page = await pages.open(session.shell.url, { viewport: { width: 1400, height: 900 } });
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

const inspectJson = async <T>(name: string, format: string): Promise<T> => JSON.parse(await docker('inspect', '--format', `{{json ${format}}}`, name)) as T;

describe('changing and undoing (web shell, Chromium, test engine)', () => {
  test('edit → review the changes → recreate: the container runs again under its name with the new env', async () => {
    const name = `${prefix}-edit`;
    const oldId = await docker('run', '-d', '--name', name, '--network', 'none', '-e', 'GREETING=one', '-l', 'tier=web', testEnv().image, 'sleep', '600');
    const page = await openApp(`#/containers/${name}?tab=overview`);

    await page.getByRole('button', { name: 'Edit…' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    assert.equal(await dialog.getByLabel('Name', { exact: true }).inputValue(), name);
    assert.equal(await dialog.getByLabel('Name', { exact: true }).getAttribute('readonly'), '', 'the name is kept');
    await dialog.getByLabel('Variable 1 value').fill('two');
    await dialog.getByRole('button', { name: 'Review changes' }).click();

    const diff = dialog.getByTestId('recreate-diff');
    await diff.waitFor({ timeout: UI_TIMEOUT });
    assert.deepEqual(await diff.locator('[data-change-field]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-change-field'))), ['env']);
    assert.match(await diff.innerText(), /GREETING[\s\S]*one[\s\S]*two/);
    await dialog.getByRole('button', { name: 'Back' }).click();
    await dialog.getByRole('button', { name: 'Review changes' }).click();
    await dialog.getByRole('button', { name: 'Recreate', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    const newId = await waitFor(async () => {
      const id = await docker('inspect', '--format', '{{.Id}}', name).catch(() => '');
      return id && id !== oldId ? id : null;
    }, 'the recreated container');
    assert.notEqual(newId, oldId);
    assert.ok((await inspectJson<string[]>(name, '.Config.Env')).includes('GREETING=two'));
    assert.equal((await inspectJson<Record<string, string>>(name, '.Config.Labels')).tier, 'web', 'what the edit did not touch is kept');
    assert.equal(await inspectJson<boolean>(name, '.State.Running'), true);
    assert.equal(await docker('ps', '-a', '-q', '--filter', `id=${oldId}`), '', 'the old one is gone');
  });

  test('remove (confirmed) → Recently removed → Restore: the container is back with its settings', async () => {
    const name = `${prefix}-undo`;
    await docker('create', '--name', name, '--network', 'none', '-e', 'KEEP=me', '-l', 'undo=yes', testEnv().image, 'sleep', '600');
    const page = await openApp(`#/containers/${name}?tab=overview`);

    await page.getByRole('button', { name: `Remove ${name}` }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await waitFor(async () => (await docker('ps', '-a', '-q', '--filter', `name=^${name}$`)) === '', 'the container to be removed');

    await page.evaluate(() => (window.location.hash = '#/trash'));
    const row = page.locator(`[data-trash-kind="container"][data-trash-name="${name}"]`);
    await row.waitFor({ timeout: UI_TIMEOUT });
    await row.getByRole('button', { name: 'Restore' }).click();
    await waitFor(async () => (await docker('ps', '-a', '-q', '--filter', `name=^${name}$`)) !== '', 'the container to be restored');
    await row.waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    assert.ok((await inspectJson<string[]>(name, '.Config.Env')).includes('KEEP=me'));
    assert.equal((await inspectJson<Record<string, string>>(name, '.Config.Labels')).undo, 'yes');
    assert.equal(await inspectJson<boolean>(name, '.State.Running'), false, 'it was not running: it is back stopped');
  });
});
