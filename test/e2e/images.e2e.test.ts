/**
 * The Images page end to end: the built web shell as its own process with a fresh `pass`-backed docker config
 * (freshCredentialStore), real Chromium, the test engine and the test registry on 127.0.0.1:5555. Nothing is
 * mocked, and nothing is pulled from anywhere but the test registry: the one image built here starts FROM the
 * local fixture image. Needs `npm run build` first.
 *
 * Every image a test makes is named from uniqueName() and removed by that test; its build folder too.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { freshCredentialStore } from '../support/credentials.js';
import { docker, testEnv, uniqueName, waitFor } from '../support/env.js';
import { waitForText } from '../support/ui.js';
import { webShellSession } from '../support/e2e-session.js';

/** Builds and pushes on a loaded two-core machine. */
const JOB_TIMEOUT = 120_000;

const store = freshCredentialStore(true);
/** Every WebSocket frame the pages sent, as text. */
const framesSent: string[] = [];
const cleanups: (() => unknown)[] = [];
const session = webShellSession({
  env: { DOCKER_CONFIG: store.dockerConfigDir, BERTH_DATA_DIR: store.dataDir, BERTH_VALIDATE_OUTPUTS: '1' },
  async cleanup() {
    for (const cleanup of cleanups.reverse()) await cleanup();
    fs.rmSync(path.dirname(store.dockerConfigDir), { recursive: true, force: true });
  },
});
const { pages } = session;

async function openImages(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await pages.open(session.shell.url, {
    viewport: { width: 1280, height: 860 },
    colorScheme,
    beforeLoad: (page) => page.on('websocket', (socket) => socket.on('framesent', (frame) => framesSent.push(String(frame.payload)))),
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Images' }).click();
  await page.getByRole('heading', { name: 'Images', level: 1 }).waitFor();
  await page.getByRole('grid', { name: 'Images' }).waitFor();
  return page;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sentOps = (op: string) => framesSent.filter((frame) => frame.includes(`"op":"${op}"`)).length;


describe('images page (web shell, Chromium, test engine and registry)', () => {
  test('(a) a bad reference in the pull dialog shows the parser’s message and never reaches the engine', async () => {
    const page = await openImages();
    // The header's disk usage (system df): images, containers, volumes, build cache, reclaimable.
    await waitForText(page.getByRole('list', { name: 'Disk usage' }), /^Images[\d.]+ [kMG]?BContainers[\d.]+ [kMG]?BVolumes[\d.]+ [kMG]?BBuild cache[\d.]+ [kMG]?BReclaimable[\d.]+ [kMG]?B$/);
    await page.getByRole('button', { name: 'Pull an image' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pull an image' });
    const field = dialog.getByLabel('Image reference');
    const help = dialog.getByTestId('reference-help');
    const pull = dialog.getByRole('button', { name: 'Pull', exact: true });

    await field.fill('Bad Ref!');
    await waitForText(help, /an image reference cannot contain spaces: "Bad Ref!"/);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await pull.isDisabled(), true);
    await field.press('Enter');

    await field.fill('Team/App:1');
    await waitForText(help, /uppercase letters are not allowed in a repository name: "Team\/App"/);
    await field.fill('127.0.0.1:5555/team/app:bad tag');
    await waitForText(help, /cannot contain spaces/);
    await field.fill('localhost:port/app');
    await waitForText(help, /invalid registry port "port"/);
    await field.press('Enter');

    // A good one shows what it means in full (and is not pulled: this test never presses Pull for it).
    await field.fill('busybox');
    await waitForText(dialog.getByTestId('normalised-reference'), /^docker\.io\/library\/busybox:latest$/);
    assert.equal(await pull.isDisabled(), false);
    await waitForText(dialog.getByTestId('cli-command'), /^docker pull busybox$/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(sentOps('images.pull'), 0, 'no images.pull was sent to Berth');
  });

  test('(b) build from a folder (steps, cache hits), push with sign-in on UNAUTHORIZED, remove, pull back by the same digest', async () => {
    const { registry, registryUser, registryPassword } = testEnv();
    const name = uniqueName('img');
    const reference = `${registry}/berth-e2e/${name}:1`;
    cleanups.push(() => docker('rmi', '-f', reference).catch(() => undefined));
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-e2e-build-'));
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    // Content unique to this run: a new layer, so the push really uploads and the pull really downloads.
    fs.writeFileSync(path.join(folder, 'hello.txt'), `hello from ${name}\n`);
    fs.writeFileSync(path.join(folder, 'Dockerfile'), `FROM ${testEnv().image}\nCOPY hello.txt /hello.txt\nEXPOSE 8080\nCMD ["cat", "/hello.txt"]\n`);

    const page = await openImages();

    // Build through the dialog: the steps are shown as they run; then the new image is selected in the list.
    await page.getByRole('button', { name: 'Build an image' }).click();
    const build = page.getByRole('dialog', { name: /^Build/ });
    await build.getByLabel('Build context folder').fill(folder);
    await build.getByRole('textbox', { name: 'Tag 1' }).fill(reference);
    await waitForText(build.getByTestId('cli-command'), new RegExp(`^docker build -t ${escape(reference)} ${escape(folder)}$`));
    await build.getByRole('button', { name: 'Build', exact: true }).click();
    await build.getByRole('status', { name: 'Build finished' }).waitFor({ timeout: JOB_TIMEOUT });
    const log = build.getByRole('log', { name: 'Build log' });
    await log.getByRole('group', { name: `Step 1 of 4: FROM ${testEnv().image}` }).waitFor();
    await log.getByRole('group', { name: 'Step 2 of 4: COPY hello.txt /hello.txt' }).waitFor();
    await log.getByRole('group', { name: 'Step 4 of 4: CMD ["cat", "/hello.txt"]' }).waitFor();
    assert.match((await build.getByRole('status', { name: 'Build finished' }).textContent()) ?? '', /4 steps, 0 from cache/);
    // The cache view: the COPY of a new file is the first step whose input changed; the rest run after it.
    const verdicts = () => log.locator('[data-step]').evaluateAll((steps) => steps.map((step) => step.getAttribute('data-cache')));
    assert.deepEqual(await verdicts(), [null, 'changed', 'after', 'after']);
    assert.equal(await log.getByLabel(/^rebuilt: Step 2 was rebuilt, so this step has a new parent layer/).count(), 2);
    const imageId = await docker('image', 'inspect', '--format', '{{.Id}}', reference);

    // Again, unchanged: every step after FROM comes from the cache, and says so.
    await build.getByRole('button', { name: 'Change and build again' }).click();
    await build.getByRole('button', { name: 'Build', exact: true }).click();
    await build.getByRole('status', { name: 'Build finished' }).waitFor({ timeout: JOB_TIMEOUT });
    await log.getByRole('group', { name: 'Step 2 of 4: COPY hello.txt /hello.txt, from cache' }).waitFor();
    await log.getByRole('group', { name: 'Step 4 of 4: CMD ["cat", "/hello.txt"], from cache' }).waitFor();
    assert.match((await build.getByRole('status', { name: 'Build finished' }).textContent()) ?? '', /4 steps, 3 from cache/);
    assert.deepEqual(await verdicts(), [null, 'cached', 'cached', 'cached']);
    assert.ok((await log.getByText('Using cache').count()) >= 3, '"Using cache" is in the log');
    await build.getByRole('button', { name: 'Close', exact: true }).click();
    await build.waitFor({ state: 'detached' });

    const line = page.getByRole('row', { name: reference, exact: true });
    await line.waitFor();
    await waitFor(async () => (await line.getAttribute('aria-selected')) === 'true', 'the built image to be selected');
    assert.match((await line.textContent()) ?? '', new RegExp(imageId.slice(7, 19)));

    // Search narrows the list to it (`/` focuses the search); Escape clears it.
    await line.getByRole('gridcell').nth(4).click();
    await page.keyboard.press('/');
    await page.keyboard.type(name);
    await waitFor(async () => (await page.getByRole('grid', { name: 'Images' }).getByRole('row').count()) === 2, 'the search to leave one row');
    await line.waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('row', { name: testEnv().image, exact: true }).waitFor();

    // Run from the image: the run dialog, prefilled with it and its EXPOSEd port (automatic host port).
    await page.getByRole('button', { name: `Run ${reference}`, exact: true }).click();
    const run = page.getByRole('dialog', { name: 'Run a container' });
    assert.equal(await run.getByLabel('Image', { exact: true }).inputValue(), reference);
    assert.equal(await run.getByLabel('Container port 1').inputValue(), '8080');
    assert.equal(await run.getByLabel('Host port 1').inputValue(), '');
    await run.getByRole('button', { name: 'Cancel' }).click();
    await run.waitFor({ state: 'detached' });

    // Tag: the dialog offers the repository, waiting for a tag, without calling that an error.
    const tagged = `${registry}/berth-e2e/${name}:2`;
    cleanups.push(() => docker('rmi', tagged).catch(() => undefined));
    await page.getByRole('button', { name: `Tag ${reference}`, exact: true }).click();
    const tagDialog = page.getByRole('dialog', { name: `Tag ${reference}` });
    const newTag = tagDialog.getByLabel('New tag');
    assert.equal(await newTag.inputValue(), `${registry}/berth-e2e/${name}:`);
    assert.equal(await newTag.getAttribute('aria-invalid'), 'false', 'not an error before anything is typed');
    assert.equal(await tagDialog.getByRole('alert').count(), 0);
    assert.equal(await tagDialog.getByRole('button', { name: 'Tag', exact: true }).isDisabled(), true, 'nothing to tag yet');
    await newTag.press('End');
    await newTag.pressSequentially('2');
    await tagDialog.getByRole('button', { name: 'Tag', exact: true }).click();
    await tagDialog.waitFor({ state: 'detached' });
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', tagged), imageId);
    await docker('rmi', tagged); // the steps below work on an image with one tag

    // Push: this web shell has no login for the registry, so it is refused; signing in from there retries it.
    await page.getByRole('button', { name: `Push ${reference}`, exact: true }).click();
    const push = page.getByRole('dialog', { name: `Push ${reference}` });
    assert.equal(await push.getByLabel('Push as').inputValue(), reference);
    await waitForText(push.getByTestId('cli-command'), new RegExp(`^docker push ${escape(reference)}$`));
    await push.getByRole('button', { name: 'Push', exact: true }).click();
    const signIn = push.getByRole('button', { name: `Sign in to ${registry}` });
    await signIn.waitFor({ timeout: JOB_TIMEOUT });
    await waitForText(push.getByRole('alert'), /Could not push/);
    await signIn.click();
    const login = page.getByRole('dialog', { name: 'Sign in to a registry' });
    assert.equal(await login.getByLabel('Server').inputValue(), registry, 'the login dialog names the registry that refused');
    await login.getByLabel('User name').fill(registryUser);
    await login.getByLabel('Password or access token').fill(registryPassword);
    await login.getByRole('button', { name: 'Sign in' }).click();
    await login.waitFor({ state: 'detached' });
    await push.getByRole('status', { name: `Pushed ${reference}` }).waitFor({ timeout: JOB_TIMEOUT });
    const pushedDigest = ((await push.getByTestId('transfer-digest').textContent()) ?? '').trim();
    assert.match(pushedDigest, /^sha256:[a-f0-9]{64}$/);
    assert.match(await docker('image', 'inspect', '--format', '{{json .RepoDigests}}', reference), new RegExp(escape(pushedDigest)));

    // The job is still listed in the app bar after the dialog is gone.
    await push.getByRole('button', { name: 'Close', exact: true }).click();
    await push.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Jobs/ }).click();
    const jobs = page.getByRole('dialog', { name: 'Jobs' });
    await jobs.getByRole('listitem', { name: `Pushed ${reference}` }).waitFor();
    await page.keyboard.press('Escape');

    // Remove, confirmed in docker rmi's words: its only tag goes, and the image with it.
    await page.getByRole('button', { name: `Remove ${reference}`, exact: true }).click();
    const remove = page.getByRole('dialog', { name: /^Delete image/ });
    await waitForText(remove.getByTestId('removal-words'), /^Deletes the image [0-9a-f]{12}: its only tag .* goes, and the image with it\.$/);
    await remove.getByRole('button', { name: 'Delete', exact: true }).click();
    await remove.waitFor({ state: 'detached' });
    await line.waitFor({ state: 'detached' });
    await assert.rejects(docker('image', 'inspect', reference), /No such image/);

    // Pull it back through the pull dialog: the same digest (and so the same image).
    await page.getByRole('button', { name: 'Pull an image' }).click();
    const pull = page.getByRole('dialog', { name: 'Pull an image' });
    await pull.getByLabel('Image reference').fill(reference);
    await waitForText(pull.getByTestId('normalised-reference'), new RegExp(`^${escape(reference)}$`));
    await pull.getByRole('button', { name: 'Pull', exact: true }).click();
    const pulled = page.getByRole('dialog', { name: `Pull ${reference}` });
    await pulled.getByRole('status', { name: `Pulled ${reference}` }).waitFor({ timeout: JOB_TIMEOUT });
    assert.equal(((await pulled.getByTestId('transfer-digest').textContent()) ?? '').trim(), pushedDigest);
    await pulled.getByRole('button', { name: 'Close', exact: true }).click();
    await line.waitFor();
    const repoDigests = JSON.parse(await docker('image', 'inspect', '--format', '{{json .RepoDigests}}', reference)) as string[];
    assert.ok(repoDigests.includes(`${registry}/berth-e2e/${name}@${pushedDigest}`), `RepoDigests ${repoDigests.join(', ')} hold the pushed digest`);
    assert.equal(await docker('image', 'inspect', '--format', '{{.Id}}', reference), imageId, 'the same image came back');
  });

  test('(c) deleting an image containers were made from: the dialog names them and, when asked, stops and removes them, then deletes the image', async () => {
    const name = uniqueName('used');
    const reference = `berth-e2e/${name}:1`;
    const [stopped, running] = [`${name}-stopped`, `${name}-running`];
    cleanups.push(() => docker('rm', '-f', stopped, running).catch(() => undefined));
    cleanups.push(() => docker('rmi', '-f', reference).catch(() => undefined));
    // An image of its own (a commit), so that deleting its one tag deletes the image.
    await docker('run', '--name', `${name}-source`, testEnv().image, 'true');
    await docker('commit', `${name}-source`, reference);
    await docker('rm', `${name}-source`);
    await docker('create', '--name', stopped, reference, 'true');
    await docker('run', '-d', '--name', running, '--stop-timeout', '1', reference, 'sleep', '3600');

    const page = await openImages();
    await page.getByRole('button', { name: `Remove ${reference}`, exact: true }).click();
    const remove = page.getByRole('dialog', { name: `Delete image ${reference}?` });
    await waitForText(remove.getByRole('note'), new RegExp(`used by the containers ${name}-(stopped|running), ${name}-(stopped|running)`));
    assert.equal(await remove.getByRole('button', { name: 'Delete', exact: true }).isDisabled(), true, 'not without force or the containers');
    await remove.getByLabel(/^Also remove the 2 containers/).check();
    await waitForText(remove.getByTestId('cli-command'), new RegExp(`^docker stop .* && docker rm .* && docker rmi ${escape(reference)}$`));
    await remove.getByRole('button', { name: 'Remove 2 containers and delete', exact: true }).click();
    await remove.waitFor({ state: 'detached', timeout: JOB_TIMEOUT });
    assert.equal(await docker('ps', '-aq', '--filter', `name=^${name}-`), '', 'both containers are gone');
    await assert.rejects(docker('image', 'inspect', reference), /No such image/);
  });
});
