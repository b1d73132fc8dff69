/**
 * A compose project from its file, end to end: the built web shell, real Chromium, the real test engine and
 * the real docker-compose. Open the folder → Up with a build → the port answers → edit the port in the editor
 * and save (diff first) → the service is out of date → Up recreates only it → its logs → Down keeps the named
 * volume. Needs `node scripts/build.mjs` first. Everything is named from one uniqueName() and removed after.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { webShellSession } from '../support/e2e-session.js';
import { docker, engineUrl, freePort, testEnv, uniqueName, waitFor } from '../support/env.js';
import { removeNetworksNamed, removeVolumesNamed } from '../support/volumes.js';

const run = promisify(execFile);
const project = uniqueName('compose-ui').toLowerCase();
let folder: string;
let firstPort: number;
let secondPort: number;

const composeFile = (port: number) =>
  [
    'services:',
    '  web:',
    '    build: .',
    '    ports:',
    `      - "127.0.0.1:${port}:8080"`,
    '    volumes:',
    '      - data:/data',
    '    networks: [back]',
    '  worker:',
    `    image: ${testEnv().image}`,
    '    command: ["sh", "-c", "echo worker-ready; exec sleep 1000"]',
    '    depends_on: [web]',
    '    networks: [back]',
    'volumes:',
    '  data: {}',
    'networks:',
    '  back: {}',
    '',
  ].join('\n');

const dockerfile = [`FROM ${testEnv().image}`, 'RUN mkdir -p /www && echo "hello from berth compose" > /www/index.html', 'CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]', ''].join('\n');

const session = webShellSession({
  setup: async () => {
    folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'berth-compose-e2e-')), project);
    fs.mkdirSync(folder);
    firstPort = await freePort();
    secondPort = await freePort();
    fs.writeFileSync(path.join(folder, 'compose.yaml'), composeFile(firstPort));
    fs.writeFileSync(path.join(folder, 'Dockerfile'), dockerfile);
  },
  cleanup: async () => {
    await run('docker-compose', ['--project-name', project, '--project-directory', folder, 'down', '--volumes', '--rmi', 'local'], {
      env: { ...process.env, DOCKER_HOST: engineUrl() },
    }).catch(() => undefined);
    await removeVolumesNamed(project);
    await removeNetworksNamed(project);
    fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  },
});

const containerId = (service: string) => docker('ps', '-aq', '--no-trunc', '--filter', `label=com.docker.compose.project=${project}`, '--filter', `label=com.docker.compose.service=${service}`);

async function answer(port: number): Promise<string> {
  try {
    return await (await fetch(`http://127.0.0.1:${port}/`)).text();
  } catch {
    return '';
  }
}

function service(page: Page, name: string) {
  return page.locator(`[data-service="${name}"]`);
}

/** Waits for the newest job of the page to end, and says how. */
async function lastJobEnds(page: Page, action: string): Promise<string> {
  const job = page.locator(`[data-testid="compose-job"][data-job-action="${action}"]`).first();
  await job.waitFor();
  await waitFor(async () => (await job.getAttribute('data-job-state')) !== 'running', `the ${action} job to end`, 120_000);
  return (await job.getAttribute('data-job-state')) ?? '';
}

describe('a compose project from its file (web shell, Chromium, test engine, docker-compose)', () => {
  test('open → up with a build → edit the port → out of date → up recreates only it → logs → down keeps the volume', async () => {
    const page = await session.pages.open(session.shell.url, { viewport: { width: 1400, height: 900 } });
    await page.evaluate(() => (window.location.hash = '#/compose'));

    await page.getByRole('button', { name: 'Open compose file or folder…' }).first().click();
    const open = page.getByRole('dialog', { name: 'Open compose file or folder' });
    await open.getByRole('textbox', { name: 'Compose file or folder' }).fill(folder);
    await open.getByRole('button', { name: 'Open', exact: true }).click();
    await open.waitFor({ state: 'detached' });

    // The project page: both services, neither created yet.
    await waitFor(async () => (await service(page, 'web').getAttribute('data-sync')) === 'not-created', 'web shown as not created');
    assert.equal(await service(page, 'worker').getAttribute('data-sync'), 'not-created');

    await page.getByRole('button', { name: 'Up…' }).click();
    const up = page.getByRole('dialog', { name: `Up ${project}` });
    await up.getByRole('checkbox', { name: 'Build images before starting' }).check();
    assert.match(await up.getByTestId('compose-up-cli').innerText(), /docker-compose .*up --detach --build/);
    await up.getByRole('button', { name: 'Up', exact: true }).click();
    await up.waitFor({ state: 'detached' });
    assert.equal(await lastJobEnds(page, 'up'), 'done');
    await waitFor(async () => (await answer(firstPort)).includes('hello from berth compose'), 'the published port to answer');
    await waitFor(async () => (await service(page, 'web').getAttribute('data-sync')) === 'up-to-date', 'web up to date');
    const webBefore = await containerId('web');
    const workerBefore = await containerId('worker');
    assert.ok(webBefore && workerBefore);

    // Edit the port in the editor; the save dialog shows the change before anything is written.
    await page.getByRole('tab', { name: 'Editor' }).click();
    const editor = page.locator('.cm-content').first();
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(composeFile(secondPort));
    await waitFor(async () => (await page.getByTestId('compose-problems').getAttribute('data-problems')) === '0', 'the edited file checked without problems');
    await page.keyboard.press('Control+S');
    const save = page.getByRole('dialog', { name: 'Save compose.yaml?' });
    await save.getByText(`127.0.0.1:${secondPort}:8080`).first().waitFor();
    await save.getByRole('button', { name: 'Save', exact: true }).click();
    await save.waitFor({ state: 'detached' });
    assert.match(fs.readFileSync(path.join(folder, 'compose.yaml'), 'utf8'), new RegExp(`127\\.0\\.0\\.1:${secondPort}:8080`));
    assert.equal(fs.readFileSync(path.join(folder, 'compose.yaml.bak'), 'utf8'), composeFile(firstPort), 'the previous version kept');

    await page.getByRole('tab', { name: 'Services' }).click();
    await waitFor(async () => (await service(page, 'web').getAttribute('data-sync')) === 'out-of-date', 'web out of date after the edit');
    assert.equal(await service(page, 'worker').getAttribute('data-sync'), 'up-to-date');

    await page.getByRole('button', { name: 'Up…' }).click();
    const again = page.getByRole('dialog', { name: `Up ${project}` });
    await again.getByRole('button', { name: 'Up', exact: true }).click();
    await again.waitFor({ state: 'detached' });
    await waitFor(async () => (await page.locator('[data-testid="compose-job"][data-job-action="up"]').count()) === 2, 'the second up listed');
    assert.equal(await lastJobEnds(page, 'up'), 'done');
    await waitFor(async () => (await answer(secondPort)).includes('hello from berth compose'), 'the new port to answer');
    assert.notEqual(await containerId('web'), webBefore, 'web recreated');
    assert.equal(await containerId('worker'), workerBefore, 'worker left as it was');
    await waitFor(async () => (await service(page, 'web').getAttribute('data-sync')) === 'up-to-date', 'web up to date again');

    await page.getByRole('tab', { name: 'Logs' }).click();
    await page.getByText('worker-ready').first().waitFor();

    await page.getByRole('button', { name: 'Down…' }).click();
    const down = page.getByRole('dialog', { name: `Down ${project}?` });
    await down.getByText(`${project}_web_1`).first().waitFor();
    assert.equal(await down.getByRole('checkbox', { name: 'Also remove volumes' }).isChecked(), false);
    await down.getByRole('button', { name: 'Down', exact: true }).click();
    await down.waitFor({ state: 'detached' });
    assert.equal(await lastJobEnds(page, 'down'), 'done');
    assert.equal(await docker('ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`), '');
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=^${project}_data$`), `${project}_data`, 'the named volume kept');
    await page.getByRole('tab', { name: 'Services' }).click();
    await waitFor(async () => (await service(page, 'web').getAttribute('data-sync')) === 'not-created', 'web not created after down');
  });
});
