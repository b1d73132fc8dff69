/**
 * The Registries page end to end: the built web shell as its own process with a fresh `pass`-backed docker
 * config (freshCredentialStore), real Chromium, the test engine and the test registries. Nothing is mocked,
 * Docker Hub is never contacted (its row is shown, never browsed). Needs `npm run build` first.
 *
 * Images are pushed with the docker CLI through the test engine using the same docker config as the web shell,
 * to repositories named from uniqueName(); local tags are removed afterwards.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { freshCredentialStore } from '../support/credentials.js';
import { docker, testEnv, uniqueName, waitFor } from '../support/env.js';
import { dockerWith, pushedDigest, scanFolders, scanTexts, secretForms } from '../support/registries.js';
import { UI_TIMEOUT, waitForText } from '../support/ui.js';
import { webShellSession } from '../support/e2e-session.js';
import { startWebShellProcess } from '../support/web-shell.js';

/** Loading the app on a loaded two-core machine (other suites running) takes its time. */
const START_TIMEOUT = 90_000;
const WRONG = 'not-the-registry-password';

const store = freshCredentialStore(true);
const localTags: string[] = [];
const session = webShellSession({
  env: { DOCKER_CONFIG: store.dockerConfigDir, BERTH_DATA_DIR: store.dataDir, BERTH_VALIDATE_OUTPUTS: '1' },
  async cleanup() {
    for (const tag of localTags) await docker('rmi', tag).catch(() => undefined);
  },
});
const appPages = session.pages;
/** Every WebSocket frame any page received, and sent, as text. */
const framesReceived: string[] = [];
const framesSent: string[] = [];
const pages: Page[] = [];

const passList = () => JSON.parse(execFileSync('docker-credential-pass', ['list'], { env: process.env }).toString()) as Record<string, string>;

async function openApp(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await appPages.open(session.shell.url, {
    colorScheme,
    timeoutMs: START_TIMEOUT,
    beforeLoad(page) {
      page.on('websocket', (socket) => {
        socket.on('framereceived', (frame) => framesReceived.push(String(frame.payload)));
        socket.on('framesent', (frame) => framesSent.push(String(frame.payload)));
      });
      pages.push(page);
    },
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Registries' }).click();
  await page.getByRole('heading', { name: 'Registries', level: 1 }).waitFor();
  return page;
}

function registryRow(page: Page, registry: string): Locator {
  return page.getByRole('row', { name: registry, exact: true });
}

async function push(reference: string): Promise<string> {
  localTags.push(reference);
  await dockerWith(store.dockerConfigDir, 'tag', testEnv().image, reference);
  return pushedDigest(await dockerWith(store.dockerConfigDir, 'push', reference));
}


describe('registries page (web shell, Chromium, test registries)', () => {
  test('(a) the login dialog: a wrong password is refused and nothing is stored; the right one shows the user and where the login is kept', async () => {
    const { registry, tokenRegistry, registryUser, registryPassword } = testEnv();
    const page = await openApp();
    await registryRow(page, 'Docker Hub').waitFor();

    for (const target of [registry, tokenRegistry]) {
      await page.getByRole('button', { name: 'Sign in to a registry' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sign in to a registry' });
      await dialog.waitFor();
      const server = dialog.getByLabel('Server');
      assert.equal(await server.inputValue(), 'docker.io', 'Docker Hub by default');
      assert.equal(await server.evaluate((element) => element === document.activeElement), true, 'the server field has focus');
      await server.fill(target);
      assert.equal(await dialog.getByLabel('Insecure registry (plain HTTP)').count(), 0, 'no insecure choice for a loopback registry');
      await dialog.getByLabel('User name').fill(registryUser);
      // Where the login will be kept is said before signing in; the test's docker config names the pass helper.
      await waitForText(dialog.getByTestId('login-kept-in'), /^Kept by docker-credential-pass \(named in .*config\.json\)/);
      assert.equal(await dialog.getByLabel('Remember this login').isChecked(), true, 'remembered by default where a helper can keep it');
      const password = dialog.getByLabel('Password or access token');
      assert.equal(await password.getAttribute('type'), 'password', 'masked');
      await password.fill(WRONG);
      await password.press('Enter');
      await waitForText(dialog.getByRole('alert'), /refused the user name or password/);
      assert.deepEqual(passList(), target === registry ? {} : { [registry]: registryUser }, 'nothing stored for a refused login');
      assert.equal(await password.evaluate((element) => element === document.activeElement), true, 'back in the password field');

      // Keyboard only: type over the selected wrong password, Enter.
      await page.keyboard.type(registryPassword);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      const row = registryRow(page, target);
      await waitForText(row.getByTestId('registry-user'), new RegExp(`^${registryUser}$`));
      await waitForText(row, /Credential helper/);
    }
    assert.deepEqual(passList(), { [registry]: registryUser, [tokenRegistry]: registryUser });

    // The password field is emptied when the dialog closes (Escape), and starts empty when it opens again.
    await page.getByRole('button', { name: 'Sign in to a registry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to a registry' });
    await dialog.getByLabel('Password or access token').fill('typed-then-abandoned');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.doesNotMatch(await page.content(), /typed-then-abandoned/);
    await page.getByRole('button', { name: 'Sign in to a registry' }).click();
    assert.equal(await dialog.getByLabel('Password or access token').inputValue(), '');
    await page.keyboard.press('Escape');

    // A non-loopback server offers plain HTTP, with a warning.
    await page.getByRole('button', { name: 'Sign in to a registry' }).click();
    await dialog.getByLabel('Server').fill('registry.example.com:5000');
    await dialog.getByLabel('Insecure registry (plain HTTP)').check();
    await waitForText(dialog.getByRole('note'), /unencrypted/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  test('(b) browse after a CLI push: search, tags with the pushed digest, pull a tag, delete one with confirmation', async () => {
    const { registry } = testEnv();
    const prefix = uniqueName('ui');
    const repo = `${prefix}/busybox`;
    const digest = await push(`${registry}/${repo}:1`);
    assert.equal(await push(`${registry}/${repo}:2`), digest);

    const page = await openApp();
    await page.getByRole('link', { name: `Browse ${registry}` }).click();
    await page.getByRole('heading', { name: registry, level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Repositories' }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type(prefix.toUpperCase());
    const results = page.getByRole('list', { name: 'Search results' });
    const result = results.getByRole('link', { name: repo });
    await result.waitFor();
    assert.equal(await results.getByRole('link').count(), 1);
    await result.focus();
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: repo, level: 1 }).waitFor();
    for (const tag of ['1', '2']) {
      const row = page.getByRole('row', { name: `${repo}:${tag}`, exact: true });
      await waitFor(async () => (await row.locator('[data-digest]').getAttribute('data-digest', { timeout: 1000 })) === digest, `the digest of ${tag}`, UI_TIMEOUT);
      await waitForText(row, /linux\/amd64|linux\/arm64/);
      await waitForText(row, /\d+(\.\d)? (kB|MB)/);
    }

    // Pull a tag into the engine from here.
    await removeLocal(`${registry}/${repo}:1`);
    await page.getByRole('button', { name: `Pull ${repo}:1` }).click();
    const pull = page.getByRole('dialog', { name: `Pull ${registry}/${repo}:1` });
    // The pull is an images job like any other: its dialog can be hidden while it goes on.
    await pull.getByRole('status', { name: `Pulled ${registry}/${repo}:1` }).waitFor({ timeout: UI_TIMEOUT });
    await waitFor(async () => (await docker('image', 'inspect', '--format', '{{index .RepoDigests 0}}', `${registry}/${repo}:1`)).endsWith(digest), 'the pulled image');
    await pull.getByRole('button', { name: 'Close' }).click();
    await pull.waitFor({ state: 'detached' });

    // Delete tag 2: the dialog names the tag, the digest and the other tag that goes with it; Escape cancels first.
    await page.getByRole('button', { name: `Delete ${repo}:2` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${repo}:2?` });
    await waitForText(confirm.getByLabel('Digest to delete'), new RegExp(`^${digest}$`));
    await waitForText(confirm, /Every tag with this digest is deleted too — here: 1/);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    assert.equal(await registryTagCount(registry, repo), 2, 'Escape deleted nothing');
    await page.getByRole('button', { name: `Delete ${repo}:2` }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No tags', { exact: true }).waitFor();
    assert.equal(await registryTagCount(registry, repo), 0);
  });

  test('(c) sign out with confirmation; browsing then offers to sign in, prefilled, and works again', async () => {
    const { tokenRegistry, registryUser, registryPassword } = testEnv();
    const prefix = uniqueName('ui-token');
    await push(`${tokenRegistry}/${prefix}/busybox:1`);
    const page = await openApp('dark');
    const row = registryRow(page, tokenRegistry);
    await waitForText(row.getByTestId('registry-user'), new RegExp(`^${registryUser}$`));

    await page.getByRole('button', { name: `Sign out of ${tokenRegistry}` }).click();
    const confirm = page.getByRole('dialog', { name: `Sign out of ${tokenRegistry}?` });
    await waitForText(confirm, /docker CLI is signed out of this registry too/);
    await confirm.getByRole('button', { name: 'Sign out' }).click();
    await waitForText(row.getByTestId('registry-user'), /Not signed in/);
    assert.ok(!(tokenRegistry in passList()), 'the login left the credential store');

    await page.getByRole('link', { name: `Browse ${tokenRegistry}` }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Could not list the repositories' });
    await waitForText(refusal, /needs you to sign in to list its repositories/);
    await refusal.getByRole('button', { name: 'Sign in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to a registry' });
    assert.equal(await dialog.getByLabel('Server').inputValue(), tokenRegistry, 'prefilled with the registry that refused');
    assert.equal(await dialog.getByLabel('User name').evaluate((element) => element === document.activeElement), true);
    await page.keyboard.type(registryUser);
    await page.keyboard.press('Tab');
    await page.keyboard.type(registryPassword);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('list', { name: 'Repositories' }).getByRole('link', { name: `${prefix}/busybox` }).waitFor();

    // Dark mode: the page's surfaces follow the theme.
    const background = await page.getByRole('list', { name: 'Repositories' }).evaluate((element) => getComputedStyle(element.closest('.MuiPaper-root')!).backgroundColor);
    assert.equal(background, 'rgb(22, 27, 34)');
  });

  test('(d) secret scan: no password in the page, its storage, any frame it received, the web shell’s logs or Berth’s data folder', async () => {
    const { registryUser, registryPassword } = testEnv();
    const forms = [...secretForms(registryUser, registryPassword), ...secretForms(registryUser, WRONG)];
    assert.ok(pages.length >= 3 && framesReceived.length > 20, 'the pages above did log in, push, browse and pull');
    // The scan finds what it looks for: the login frames the pages sent carry the passwords.
    assert.notDeepEqual(scanTexts({ 'frames sent': framesSent.join('\n') }, forms), []);

    const texts: Record<string, string> = { 'frames received': framesReceived.join('\n') };
    for (const [index, page] of pages.entries()) {
      if (page.isClosed()) continue;
      texts[`page ${index} content`] = await page.content();
      texts[`page ${index} storage`] = await page.evaluate(() =>
        JSON.stringify({
          local: Object.fromEntries(Object.entries(localStorage)),
          session: Object.fromEntries(Object.entries(sessionStorage)),
        }),
      );
      // What the renderer's query cache and fields hold is on screen or in memory: the DOM's input values too.
      texts[`page ${index} inputs`] = await page.evaluate(() => JSON.stringify(Array.from(document.querySelectorAll('input'), (input) => input.value)));
    }
    await session.stopShell(); // its logs are complete once it has exited
    texts['web shell output'] = session.shell.output();
    assert.match(texts['web shell output'], /Berth web shell:/);

    assert.deepEqual(scanTexts(texts, forms), []);
    assert.deepEqual(scanFolders([store.dataDir, store.dockerConfigDir], forms), []);
    const config = JSON.parse(fs.readFileSync(path.join(store.dockerConfigDir, 'config.json'), 'utf8')) as { auths?: Record<string, { auth?: string }> };
    assert.ok(Object.values(config.auths ?? {}).every((entry) => !entry.auth), 'config.json holds no auth string');
  });

  test('(e) where nothing can keep a login safely (no credential helper), the dialog says so before signing in and does not offer to remember', async () => {
    const bare = freshCredentialStore(false);
    const own = await startWebShellProcess([], { DOCKER_CONFIG: bare.dockerConfigDir, BERTH_DATA_DIR: bare.dataDir });
    try {
      const page = await appPages.open(own.url);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Registries' }).click();
      await page.getByRole('button', { name: 'Sign in to a registry' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sign in to a registry' });
      await dialog.getByLabel('Server').fill(testEnv().registry);
      await waitForText(dialog.getByTestId('login-kept-in'), /^Nothing on this computer can keep a login safely \(.*config\.json names no docker credential helper\): it is kept in memory until Berth quits\.$/);
      const remember = dialog.getByLabel('Remember this login');
      assert.equal(await remember.isChecked(), false);
      assert.equal(await remember.isDisabled(), true);
    } finally {
      await own.stop();
    }
  });
});

async function removeLocal(reference: string): Promise<void> {
  await docker('rmi', reference);
}

/** The tags the registry itself lists for a repository, asked directly (Basic auth on the htpasswd registry). */
async function registryTagCount(registry: string, repository: string): Promise<number> {
  const { registryUser, registryPassword } = testEnv();
  const response = await fetch(`http://${registry}/v2/${repository}/tags/list`, {
    headers: { authorization: `Basic ${Buffer.from(`${registryUser}:${registryPassword}`).toString('base64')}` },
  });
  return (((await response.json()) as { tags: string[] | null }).tags ?? []).length;
}
