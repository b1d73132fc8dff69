/**
 * Volumes and networks end to end: the built web shell as its own process, real Chromium, the real test
 * engine (scripts/test-env.sh). Nothing is mocked. Needs `node scripts/build.mjs` first.
 *
 * Everything a test makes is named from one uniqueName() prefix and removed afterwards. Containers run
 * with --network none or on a network of the test's own: none of them needs the engine's default bridge.
 * Waits poll the page or the engine; nothing asserts on time.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { docker, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { helpersLeft, inVolume, removeNetworksNamed, removeVolumesNamed, volumeFingerprint } from '../support/volumes.js';
import { waitForText } from '../support/ui.js';
import { webShellSession } from '../support/e2e-session.js';

const prefix = uniqueName('vol-ui');
/** A private 10.x subnet outside the range the integration tests pick from (10.0–199.x). */
const octet = 200 + (process.pid % 50);

let scratch: string;
const session = webShellSession({
  setup: async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-vol-e2e-'));
  },
  cleanup,
});
const { pages } = session;

async function cleanup() {
  await removeContainersNamed(prefix);
  await removeVolumesNamed(prefix);
  await removeNetworksNamed(prefix);
  fs.rmSync(scratch, { recursive: true, force: true });
  // Browse, export, import and clone each used a helper container; none of this file's stays.
  await waitFor(async () => (await helpersLeft(prefix)) === '', 'no volume helper container left behind');
}

async function openApp(hash: string): Promise<Page> {
  const page = await pages.open(session.shell.url, { viewport: { width: 1400, height: 900 } });
  await go(page, hash);
  return page;
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

function row(page: Page, name: string): Locator {
  return page.getByRole('row', { name, exact: true });
}

async function containerState(name: string): Promise<string> {
  return docker('ps', '-a', '--filter', `name=^${name}$`, '--format', '{{.State}}');
}

async function volumeExists(name: string): Promise<boolean> {
  return (await docker('volume', 'ls', '-q', '--filter', `name=^${name}$`)) === name;
}

describe('volumes and networks pages (web shell, Chromium, test engine)', () => {
  test('create a volume in the UI, run a container with it picked in the run dialog that writes a file, browse the volume and see the file and its size', async () => {
    const volume = `${prefix}-data`;
    const writer = `${prefix}-writer`;
    const page = await openApp('#/volumes');

    await page.getByRole('button', { name: 'Create volume…' }).first().click();
    const create = page.getByRole('dialog', { name: 'Create a volume' });
    await create.getByLabel('Name', { exact: true }).fill(volume);
    await create.getByRole('button', { name: 'Add label' }).click();
    await create.getByLabel('Label 1 name', { exact: true }).fill('purpose');
    await create.getByLabel('Label 1 value', { exact: true }).fill('e2e');
    await create.getByRole('button', { name: 'Create', exact: true }).click();
    await create.waitFor({ state: 'detached' });
    // The list follows the engine's event: the new volume shows without a reload, unused.
    await waitForText(row(page, volume), /unused/);
    assert.equal(await docker('volume', 'inspect', '--format', '{{.Labels.purpose}}', volume), 'e2e');

    // The run dialog's volume field offers the volumes page's data.
    await go(page, '#/containers');
    await page.getByRole('button', { name: 'Run a container' }).click();
    const run = page.getByRole('dialog', { name: 'Run a container' });
    await run.getByLabel('Image', { exact: true }).fill(testEnv().image);
    await run.getByLabel('Name', { exact: true }).fill(writer);
    await run.getByLabel('Command', { exact: true }).fill(`sh -c 'echo from-berth > /data/hello.txt'`);
    await run.getByLabel('Network', { exact: true }).fill('none');
    await run.getByRole('button', { name: 'Add volume' }).click();
    const picker = run.getByRole('combobox', { name: 'Volume name 1' });
    await picker.fill(volume.slice(0, -3));
    await page.getByRole('option', { name: volume }).click();
    assert.equal(await picker.inputValue(), volume);
    await run.getByLabel('Path in container 1', { exact: true }).fill('/data');
    await waitForText(run.getByTestId('run-command-preview'), new RegExp(`-v ${volume}:/data `));
    await run.getByRole('button', { name: 'Run', exact: true }).click();
    await run.waitFor({ state: 'detached' });
    await waitFor(async () => (await containerState(writer)) === 'exited', `${writer} to have run and exited`);

    // The volume's row names its user (a stopped one too), linking to it.
    await go(page, '#/volumes');
    const line = row(page, volume);
    await waitForText(line, new RegExp(writer));
    assert.match((await line.getByRole('link', { name: writer }).getAttribute('href')) ?? '', new RegExp(`#/containers/[0-9a-f]{64}$`));

    // Browse: the file the container wrote, with its size ("from-berth\n" is 11 bytes).
    await page.getByRole('button', { name: `Browse ${volume}`, exact: true }).click();
    await page.getByRole('heading', { name: volume, exact: true }).waitFor();
    const file = page.getByRole('table', { name: 'Files in /' }).getByRole('row', { name: 'hello.txt', exact: true });
    await file.waitFor();
    assert.match((await file.textContent()) ?? '', /11 B/);

    // The container's detail view lists the volume among its mounts, linking back to it.
    await go(page, `#/containers/${writer}?tab=mounts`);
    const mounts = page.getByRole('table', { name: `Mounts of ${writer}` });
    await mounts.getByRole('link', { name: volume }).click();
    await page.getByRole('heading', { name: volume, exact: true }).waitFor();
  });

  test('removing a volume in use is refused in the UI, naming the container; once the container is gone it is removed', async () => {
    const volume = `${prefix}-busy`;
    const user = `${prefix}-user`;
    await docker('volume', 'create', volume);
    // Created, never started: a stopped container holds the volume just as well.
    await docker('create', '--network', 'none', '--name', user, '-v', `${volume}:/data`, testEnv().image, 'true');
    const page = await openApp('#/volumes');

    const line = row(page, volume);
    await waitForText(line, new RegExp(user));
    await page.getByRole('button', { name: `Remove ${volume}`, exact: true }).click();
    const refused = page.getByRole('dialog', { name: `Volume ${volume} is in use` });
    await refused.waitFor();
    await refused.getByRole('list', { name: 'Containers using the volume' }).getByRole('link', { name: user }).waitFor();
    assert.match((await refused.textContent()) ?? '', /remove this container first/);
    assert.equal(await refused.getByRole('button', { name: 'Remove (refused while in use)' }).isDisabled(), true);
    await refused.getByRole('button', { name: 'Close' }).click();
    await refused.waitFor({ state: 'detached' });
    assert.equal(await volumeExists(volume), true);

    // The container goes (outside Berth): the row says so by itself, and Remove now asks and removes.
    await docker('rm', user);
    await waitForText(line, /unused/);
    await line.focus();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: `Remove volume ${volume}?` });
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await line.waitFor({ state: 'detached' });
    assert.equal(await volumeExists(volume), false);
  });

  test('export to a tar on this computer, import it into a new volume with the same files; importing into a volume with files asks first', async () => {
    const source = `${prefix}-src`;
    const copy = `${prefix}-imported`;
    const archive = path.join(scratch, `${source}.tar`);
    await docker('volume', 'create', source);
    await inVolume(source, 'mkdir -p /data/conf && echo one > /data/a.txt && echo two > /data/conf/b.txt && chmod 600 /data/conf/b.txt');
    const page = await openApp(`#/volumes/${source}`);
    await page.getByRole('heading', { name: source, exact: true }).waitFor();

    // A folder that does not exist is said in words, and nothing is written.
    await page.getByRole('button', { name: 'Export…' }).click();
    const exporting = page.getByRole('dialog', { name: `Export volume ${source}` });
    const file = exporting.getByLabel('Archive file', { exact: true });
    await file.fill(path.join(scratch, 'missing', 'x.tar'));
    await exporting.getByRole('button', { name: 'Export', exact: true }).click();
    await waitForText(exporting.getByRole('alert'), /does not exist/);
    await file.fill(archive);
    await exporting.getByRole('button', { name: 'Export', exact: true }).click();
    await exporting.waitFor({ state: 'detached' });
    assert.ok(fs.statSync(archive).size > 0, 'the archive was written');

    // Again: the folder used last is suggested, and an existing file is only replaced when the user says so.
    await page.getByRole('button', { name: 'Export…' }).click();
    await exporting.waitFor();
    assert.equal(await file.inputValue(), archive);
    await exporting.getByRole('button', { name: 'Export', exact: true }).click();
    await waitForText(exporting.getByRole('alert'), /already exists/);
    await exporting.getByRole('button', { name: 'Replace the file' }).click();
    await exporting.waitFor({ state: 'detached' });

    // Into a new volume, from the volumes list.
    await go(page, '#/volumes');
    await page.getByRole('button', { name: 'Import…' }).click();
    const importing = page.getByRole('dialog', { name: 'Import a volume' });
    await importing.getByLabel('Archive file', { exact: true }).fill(archive);
    await importing.getByLabel('New volume name', { exact: true }).fill(copy);
    await importing.getByRole('button', { name: 'Import', exact: true }).click();
    await importing.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: copy, exact: true }).waitFor();
    assert.equal(await volumeFingerprint(copy), await volumeFingerprint(source));

    // Again into the same volume, which now holds files: a warning, and only "Import and replace" goes on.
    await page.getByRole('button', { name: 'Import into…' }).click();
    const again = page.getByRole('dialog', { name: `Import into ${copy}` });
    await again.getByLabel('Archive file', { exact: true }).fill(archive);
    await again.getByRole('button', { name: 'Import', exact: true }).click();
    await waitForText(again.getByRole('alert'), /is not empty/);
    await again.getByRole('button', { name: 'Import and replace' }).click();
    await again.waitFor({ state: 'detached' });
    assert.equal(await volumeFingerprint(copy), await volumeFingerprint(source));
  });

  test('a network created in the UI is seen by docker network inspect; a container connected in the UI shows in it; the engine’s own cannot be removed', async () => {
    const network = `${prefix}-net`;
    const home = `${prefix}-home`;
    const member = `${prefix}-member`;
    await docker('network', 'create', home);
    await docker('run', '-d', '--network', home, '--name', member, testEnv().image, 'sleep', '3600');
    const page = await openApp('#/networks');

    // bridge, host and none are the engine's: their Remove is off.
    await row(page, 'bridge').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Remove bridge', exact: true }).isDisabled(), true);

    await page.getByRole('button', { name: 'Create network…' }).click();
    const create = page.getByRole('dialog', { name: 'Create a network' });
    await create.getByLabel('Name', { exact: true }).fill(network);
    await create.getByLabel('Subnet (optional)', { exact: true }).fill(`10.${octet}.42.0/24`);
    // Checked like the contract checks it, before anything is sent.
    await create.getByLabel('Gateway (optional)', { exact: true }).fill(`10.${octet}.43.1`);
    await create.getByRole('button', { name: 'Create', exact: true }).click();
    await waitForText(create, /the gateway must lie inside the subnet/);
    await create.getByLabel('Gateway (optional)', { exact: true }).fill(`10.${octet}.42.1`);
    await create.getByLabel('Internal: no route out of this network').check();
    await create.getByRole('button', { name: 'Create', exact: true }).click();
    await create.waitFor({ state: 'detached' });
    assert.equal(
      await docker('network', 'inspect', '--format', '{{.Driver}} {{.Internal}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}', network),
      `bridge true 10.${octet}.42.0/24 10.${octet}.42.1`,
    );
    await waitForText(row(page, network), new RegExp(`10\\.${octet}\\.42\\.0/24`));

    await page.getByRole('button', { name: `Connect a container to ${network}`, exact: true }).click();
    const connect = page.getByRole('dialog', { name: `Connect a container to ${network}` });
    await connect.getByRole('combobox', { name: 'Container' }).fill(member);
    await page.getByRole('option', { name: member }).click();
    await connect.getByRole('button', { name: 'Connect', exact: true }).click();
    await connect.waitFor({ state: 'detached' });
    const attached = () => docker('network', 'inspect', '--format', '{{range .Containers}}{{.Name}} {{end}}', network);
    assert.equal((await attached()).trim(), member);
    await waitForText(row(page, network), new RegExp(member));

    // Removing it while the container is on it is refused, naming the container.
    await page.getByRole('button', { name: `Remove ${network}`, exact: true }).click();
    const refused = page.getByRole('dialog', { name: `Network ${network} is in use` });
    await refused.getByRole('list', { name: 'Containers on the network' }).getByRole('link', { name: member }).waitFor();
    await refused.getByRole('button', { name: 'Close' }).click();

    // Disconnect from the network's own view, then remove it.
    await row(page, network).getByRole('link', { name: network, exact: true }).click();
    await page.getByRole('heading', { name: network, exact: true }).waitFor();
    await waitForText(page.getByRole('table', { name: `Containers on ${network}` }), new RegExp(`10\\.${octet}\\.42\\.`));
    await page.getByRole('button', { name: `Disconnect ${member}`, exact: true }).click();
    const disconnect = page.getByRole('dialog', { name: `Disconnect ${member} from ${network}?` });
    await disconnect.getByRole('button', { name: 'Disconnect', exact: true }).click();
    await disconnect.waitFor({ state: 'detached' });
    await waitFor(async () => (await attached()).trim() === '', `${member} to leave ${network}`);
    await page.getByText(`No container is attached to ${network}.`).waitFor();

    await page.getByRole('button', { name: 'Remove…' }).click();
    const confirm = page.getByRole('dialog', { name: `Remove network ${network}?` });
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await row(page, home).waitFor(); // back on the list
    assert.equal(await docker('network', 'ls', '-q', '--filter', `name=^${network}$`), '');
  });
});
