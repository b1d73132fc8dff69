/**
 * Issue 3 end to end: the run dialog, a container's detail view (logs, terminal), commit and copy as
 * docker run, through the built web shell in real Chromium against the real test engine. Needs
 * `node scripts/build.mjs` first. Each test makes what it needs under a uniqueName() and removes it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkImageRefOrId } from '../../shared/image-ref.js';
import { docker, dockerBoth, engineUrl, freePort, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { removeVolumesNamed } from '../support/volumes.js';
import { UI_TIMEOUT, waitForText } from '../support/ui.js';
import { webShellSession } from '../support/e2e-session.js';

const run = promisify(execFile);

const session = webShellSession();
const { pages } = session;

async function openApp(hash = ''): Promise<Page> {
  const page = await pages.open(session.shell.url, { viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  if (hash) await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

/** A container's detail view, on a tab. */
async function openDetail(name: string, tab = 'logs'): Promise<Page> {
  const page = await openApp(`#/containers/${name}?tab=${tab}`);
  await page.getByRole('heading', { name, exact: true }).waitFor();
  return page;
}

async function inspect<T>(name: string): Promise<T> {
  return (JSON.parse(await docker('inspect', name)) as T[])[0]!;
}

async function httpGet(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/`);
  return response.ok ? response.text() : '';
}

describe('containers, complete (web shell, Chromium, test engine)', () => {
  test('run dialog with a published port and a named volume: httpd answers on 127.0.0.1:PORT, the volume outlives the container', async () => {
    const name = uniqueName('run-web');
    const volume = `${name}-site`;
    const port = await freePort();
    const page = await openApp();
    try {
      await page.getByRole('button', { name: 'Run a container' }).click();
      const dialog = page.getByRole('dialog', { name: 'Run a container' });
      await dialog.getByLabel('Image', { exact: true }).fill(testEnv().image);
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByLabel('Command', { exact: true }).fill(`sh -c 'echo hello-from-berth > /www/index.html; httpd -f -p 80 -h /www'`);
      await dialog.getByRole('button', { name: 'Add port' }).click();
      await dialog.getByLabel('Host IP 1', { exact: true }).fill('127.0.0.1');
      await dialog.getByLabel('Host port 1', { exact: true }).fill(String(port));
      await dialog.getByLabel('Container port 1', { exact: true }).fill('80');
      await dialog.getByRole('button', { name: 'Add volume' }).click();
      await dialog.getByLabel('Volume name 1', { exact: true }).fill(volume);
      await dialog.getByLabel('Path in container 1', { exact: true }).fill('/www');
      // The live command says what will run.
      await waitForText(dialog.getByTestId('run-command-preview'), new RegExp(`-p 127\\.0\\.0\\.1:${port}:80 -v ${volume}:/www `));

      await dialog.getByRole('button', { name: 'Run', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const body = await waitFor(async () => (await httpGet(port).catch(() => ''))?.trim() || undefined, `httpd on 127.0.0.1:${port}`);
      assert.equal(body, 'hello-from-berth');

      // The container goes; the volume and what was written to it stay for the next one.
      await docker('rm', '-f', name);
      const again = await docker('run', '--rm', '--network', 'none', '-v', `${volume}:/www`, testEnv().image, 'cat', '/www/index.html');
      assert.equal(again, 'hello-from-berth');
    } finally {
      await removeContainersNamed(name);
      await removeVolumesNamed(volume);
    }
  });

  test('a host port already taken: the run dialog names the port, stays open and keeps the input', async () => {
    const name = uniqueName('run-taken');
    const port = await freePort();
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    const page = await openApp();
    try {
      await page.getByRole('button', { name: 'Run a container' }).click();
      const dialog = page.getByRole('dialog', { name: 'Run a container' });
      await dialog.getByLabel('Image', { exact: true }).fill(testEnv().image);
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByLabel('Command', { exact: true }).fill('sleep 3600');
      await dialog.getByRole('button', { name: 'Add port' }).click();
      await dialog.getByLabel('Host IP 1', { exact: true }).fill('127.0.0.1');
      await dialog.getByLabel('Host port 1', { exact: true }).fill(String(port));
      await dialog.getByLabel('Container port 1', { exact: true }).fill('80');
      await dialog.getByRole('button', { name: 'Run', exact: true }).click();

      const error = dialog.getByTestId('run-error');
      await waitForText(error, new RegExp(`127\\.0\\.0\\.1:${port}.*already in use`));
      assert.equal(await dialog.isVisible(), true, 'the dialog stays open');
      assert.equal(await dialog.getByLabel('Host port 1', { exact: true }).inputValue(), String(port), 'the input is kept');
      assert.equal(await dialog.getByLabel('Name', { exact: true }).inputValue(), name);
      // The failed start left no container behind.
      assert.equal(await docker('ps', '-aq', '--filter', `name=^${name}$`), '');
    } finally {
      holder.close();
      await removeContainersNamed(name);
    }
  });

  test('logs: a search finds one line among 20,000, counted and highlighted', async () => {
    const name = uniqueName('logs');
    await docker('run', '-d', '--name', name, testEnv().image, 'sh', '-c', 'seq 1 20000 | sed "s/^/line-/"; echo done-printing >&2; sleep 3600');
    // Wait until the engine has logged all of it: the stderr line and the last stdout line. The engine copies the
    // two streams apart, so the stderr line (printed last) may be logged before the last stdout lines and
    // `--tail 1` can name either: a clean machine showed it naming line-20000 for good.
    const printed = async () => {
      const logs = await dockerBoth(engineUrl(), 'logs', name).catch(() => ({ stdout: '', stderr: '' }));
      return logs.stderr === 'done-printing' && logs.stdout.endsWith('\nline-20000');
    };
    await waitFor(async () => (await printed()) || undefined, 'the container to print', UI_TIMEOUT);
    const page = await openDetail(name, 'logs');
    try {
      // All lines, not the last 1,000.
      await page.getByRole('combobox', { name: 'Lines to show' }).click();
      await page.getByRole('option', { name: 'All lines' }).click();
      await waitForText(page.getByTestId('log-line-count'), /^20,001 lines/);
      const log = page.getByRole('log', { name: `Logs of ${name}` });

      await page.getByLabel('Search logs').fill('line-12345');
      await waitForText(page.getByTestId('log-match-count'), /^1 of 1$/);
      const current = log.locator('mark[data-current="true"]');
      await current.waitFor();
      assert.equal(await current.textContent(), 'line-12345');
      assert.equal(await current.isVisible(), true, 'the view scrolled to the match');

      // The engine orders stdout and stderr only roughly: find the stderr line by searching, then see it marked as stderr.
      await page.getByLabel('Search logs').fill('done-printing');
      await waitForText(page.getByTestId('log-match-count'), /^1 of 1$/);
      await log.locator('[data-stream="stderr"]').filter({ hasText: 'done-printing' }).waitFor();

      await page.getByRole('button', { name: 'Regular expression' }).click();
      await page.getByLabel('Search logs').fill('^line-1999[0-9]$');
      await waitForText(page.getByTestId('log-match-count'), /^\d+ of 10$/);
      await page.getByRole('button', { name: 'Next match' }).click();
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('terminal: exec sh, run echo, see its output; the process exiting is said with its code', async () => {
    const name = uniqueName('term');
    await docker('run', '-d', '--name', name, testEnv().image, 'sleep', '3600');
    const page = await openDetail(name, 'terminal');
    try {
      const status = page.getByTestId('terminal-status');
      await waitForText(status, /^Connected$/);
      const rows = page.locator('.xterm-rows');
      await waitForText(rows, /#/); // the prompt
      await page.getByLabel(`Terminal of ${name}`).click();
      await page.keyboard.type('echo berth-$((6*7))\n');
      await waitForText(rows, /berth-42/);
      await page.keyboard.type('exit 3\n');
      await page.getByText('Process exited with code 3').waitFor();
      await page.getByRole('button', { name: 'Reconnect' }).waitFor();
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('commit with a changed CMD: the new image has that CMD', async () => {
    const name = uniqueName('commit');
    const repository = `${name}-image`;
    await docker('run', '-d', '--name', name, testEnv().image, 'sleep', '3600');
    const page = await openDetail(name, 'changes');
    try {
      await page.getByRole('button', { name: 'Commit…' }).click();
      const dialog = page.getByRole('dialog', { name: `Commit ${name} to an image` });
      const cmd = dialog.getByLabel('Change 1 value', { exact: true });
      await waitForText(dialog, /CMD/);
      assert.equal(await cmd.inputValue(), '["sleep","3600"]', "CMD starts as the container's own");
      await dialog.getByLabel('Repository:tag', { exact: true }).fill(`${repository}:v1`);
      await cmd.fill('["echo", "committed"]');
      await dialog.getByRole('button', { name: 'Commit', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('alert').filter({ hasText: `Committed ${name}` }).waitFor();
      const imageCmd = await docker('image', 'inspect', '--format', '{{json .Config.Cmd}}', `${repository}:v1`);
      assert.deepEqual(JSON.parse(imageCmd), ['echo', 'committed']);
    } finally {
      await removeContainersNamed(name);
      await docker('rmi', '-f', `${repository}:v1`).catch(() => '');
    }
  });

  test('copy as docker run: the copied command, run with the CLI, recreates an equivalent container', async () => {
    const name = uniqueName('copy-run');
    const volume = `${name}-data`;
    const port = await freePort();
    await docker(
      'run', '-d', '--name', name,
      '-p', `127.0.0.1:${port}:80`, '-p', '53/udp',
      '-v', `${volume}:/data`, '-e', 'GREETING=hello world', '--label', 'team=berth',
      '--restart', 'unless-stopped', '-w', '/data',
      testEnv().image, 'sh', '-c', 'echo "$GREETING"; sleep 3600',
    );
    type Inspect = {
      Config: { Image: string; Cmd: string[]; Env: string[]; Labels: Record<string, string>; WorkingDir: string };
      HostConfig: { PortBindings: Record<string, unknown>; RestartPolicy: { Name: string } };
      Mounts: { Name?: string; Destination: string; Type: string }[];
    };
    const fields = (c: Inspect) => ({
      image: c.Config.Image,
      cmd: c.Config.Cmd,
      env: [...c.Config.Env].sort(),
      labels: c.Config.Labels,
      workingDir: c.Config.WorkingDir,
      ports: c.HostConfig.PortBindings,
      restart: c.HostConfig.RestartPolicy.Name,
      mounts: c.Mounts.map((m) => `${m.Type}:${m.Name ?? ''}:${m.Destination}`).sort(),
    });
    const original = fields(await inspect<Inspect>(name));
    const page = await openDetail(name, 'inspect');
    try {
      await page.getByRole('button', { name: 'Copy as docker run' }).click();
      const text = await waitForText(page.getByTestId('run-command'), /^docker run /);
      assert.match(text, new RegExp(`--name ${name}`));
      await page.getByRole('button', { name: 'Copy command' }).click();
      await page.getByRole('button', { name: 'Copied' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text, 'the clipboard has the command');

      await docker('rm', '-f', name);
      await run('sh', ['-c', text], { env: { ...process.env, DOCKER_HOST: engineUrl() } });
      assert.deepEqual(fields(await inspect<Inspect>(name)), original);
    } finally {
      await removeContainersNamed(name);
      await removeVolumesNamed(volume);
    }
  });

  test('attach to a container started with -it: its shell answers; Ctrl-P Ctrl-Q detaches and it keeps running', async () => {
    const name = uniqueName('attach');
    await docker('run', '-dit', '--name', name, testEnv().image, 'sh');
    const page = await openDetail(name, 'terminal');
    try {
      await page.getByRole('button', { name: 'Attach', exact: true }).click();
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      const status = page.getByTestId('terminal-status');
      await waitForText(status, /^Attached$/);
      await page.getByLabel(`Terminal of ${name}`).click();
      await page.keyboard.type('echo attached-$((2+3))\n');
      await waitForText(page.locator('.xterm-rows'), /attached-5/);
      await page.keyboard.press('Control+P');
      await page.keyboard.press('Control+Q');
      await waitForText(status, /^Detached$/);
      await page.getByText('Detached. The container keeps running.').waitFor();
      assert.equal(await docker('inspect', '--format', '{{.State.Running}}', name), 'true');
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('a compose project: merged logs name each container; stop and remove act on the whole project, after naming what goes', async () => {
    const project = uniqueName('proj');
    const members = [`${project}-web-1`, `${project}-db-1`];
    for (const member of members) {
      const service = member.includes('-web-') ? 'web' : 'db';
      await docker(
        'run', '-d', '--name', member, '--stop-timeout', '1',
        '--label', `com.docker.compose.project=${project}`, '--label', `com.docker.compose.service=${service}`,
        testEnv().image, 'sh', '-c', `echo hello-from-${service}; sleep 3600`,
      );
    }
    const page = await openApp();
    try {
      await page.getByLabel('Search containers').fill(project);
      await page.getByRole('row', { name: new RegExp(`^${project}, compose project, 2 containers · 2 running`) }).waitFor();

      await page.getByRole('button', { name: `Logs of project ${project}` }).click();
      const logs = page.getByRole('log', { name: `Logs of ${project}` });
      await waitForText(logs, new RegExp(`${project}-web-1 │ hello-from-web`));
      await waitForText(logs, new RegExp(`${project}-db-1 │ hello-from-db`));
      await page.getByRole('button', { name: 'Close logs' }).click();

      await page.getByRole('button', { name: `Stop project ${project}` }).click();
      await waitFor(async () => (await docker('ps', '-q', '--filter', `name=^${project}`)) === '', 'the project to stop');

      await page.getByRole('button', { name: `Remove project ${project}` }).click();
      const dialog = page.getByRole('dialog', { name: `Remove the compose project ${project}?` });
      const listed = dialog.getByRole('list', { name: 'Containers to remove' });
      for (const member of members) await listed.getByText(member, { exact: true }).waitFor();
      assert.equal(await dialog.getByRole('checkbox', { name: 'Also remove anonymous volumes' }).isChecked(), false);
      await dialog.getByRole('button', { name: 'Remove project' }).click();
      await waitFor(async () => (await docker('ps', '-aq', '--filter', `name=^${project}`)) === '', 'the project’s containers to be removed');
    } finally {
      await removeContainersNamed(project);
    }
  });

  test('run dialog: a missing image is refused in the dialog (never pulled), bad input is shown at its field', async () => {
    const missing = `${uniqueName('no-such-image')}:never`;
    const page = await openApp();
    await page.getByRole('button', { name: 'Run a container' }).click();
    const dialog = page.getByRole('dialog', { name: 'Run a container' });
    await dialog.getByLabel('Name', { exact: true }).fill('-not a name');
    await dialog.getByRole('button', { name: 'Add port' }).click();
    await dialog.getByLabel('Container port 1', { exact: true }).fill('99999');
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    // The contract's own schema, field by field, before anything is sent.
    await dialog.getByText('an image is required').waitFor();
    await dialog.getByText('a name starts with a letter or digit').waitFor();
    await dialog.getByText('a port number from 1 to 65535').waitFor();

    await dialog.getByLabel('Image', { exact: true }).fill(missing);
    await dialog.getByLabel('Name', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Remove port 1' }).click();
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForText(dialog.getByTestId('run-error'), /No such image/i);
    assert.equal(await dialog.getByLabel('Image', { exact: true }).inputValue(), missing, 'the input is kept');
    assert.equal(await docker('images', '-q', missing), '', 'nothing was pulled');
  });

  test('run dialog: the image and network fields offer this engine’s own; a bad reference is refused as it is typed', async () => {
    const name = uniqueName('run-picked');
    const network = uniqueName('run-net');
    await docker('network', 'create', network);
    const page = await openApp();
    try {
      await page.getByRole('button', { name: 'Run a container' }).click();
      const dialog = page.getByRole('dialog', { name: 'Run a container' });
      const image = dialog.getByLabel('Image', { exact: true });

      // The parser's own words at the field, before Run is pressed.
      await image.fill('Busybox:Latest');
      await dialog.getByText(checkImageRefOrId('Busybox:Latest') ?? 'a problem', { exact: true }).waitFor();
      assert.equal(await image.getAttribute('aria-invalid'), 'true');
      await image.fill('berth-nothing/here:1');
      await dialog.getByText(/^Not on this engine: pull it first/).waitFor();

      // This engine's tags are offered as one types; picking one says it is here.
      await image.fill(testEnv().image.slice(0, -3));
      await page.getByRole('option', { name: new RegExp(`^${testEnv().image.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`) }).click();
      assert.equal(await image.inputValue(), testEnv().image);
      await dialog.getByText(/^On this engine: [0-9a-f]{12}, /).waitFor();

      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByLabel('Command', { exact: true }).fill('sleep 3600');
      const networkField = dialog.getByLabel('Network', { exact: true });
      await networkField.fill(network.slice(0, -2));
      await page.getByRole('option', { name: new RegExp(`^${network}`) }).click();
      await dialog.getByText('Containers on it reach each other by name').waitFor();
      await waitForText(dialog.getByTestId('run-command-preview'), new RegExp(`--network ${network} `));
      await dialog.getByRole('button', { name: 'Run', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      const made = await inspect<{ NetworkSettings: { Networks: Record<string, unknown> } }>(name);
      assert.deepEqual(Object.keys(made.NetworkSettings.Networks), [network]);
    } finally {
      await removeContainersNamed(name);
      await docker('network', 'rm', network).catch(() => undefined);
    }
  });

  test('run dialog with -it opens the terminal attached to the new container', async () => {
    const name = uniqueName('run-it');
    const page = await openApp();
    try {
      await page.getByRole('button', { name: 'Run a container' }).click();
      const dialog = page.getByRole('dialog', { name: 'Run a container' });
      await dialog.getByLabel('Image', { exact: true }).fill(testEnv().image);
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByLabel('Command', { exact: true }).fill('sh');
      await dialog.getByRole('checkbox', { name: /Interactive with a terminal/ }).check();
      await waitForText(dialog.getByTestId('run-command-preview'), /^docker run -it --name /);
      await dialog.getByRole('button', { name: 'Run', exact: true }).click();
      await page.getByRole('heading', { name, exact: true }).waitFor();
      await waitForText(page.getByTestId('terminal-status'), /^Attached$/);
      await page.getByLabel(`Terminal of ${name}`).click();
      await page.keyboard.type('echo from-run-$((40+2))\n');
      await waitForText(page.locator('.xterm-rows'), /from-run-42/);
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('stats: live CPU, memory, network, block I/O and PIDs, each chart with a labelled y axis', async () => {
    const name = uniqueName('stats');
    await docker('run', '-d', '--name', name, testEnv().image, 'sleep', '3600');
    const page = await openDetail(name, 'stats');
    try {
      await waitForText(page.getByTestId('stat-cpu'), /^\d+\.\d%$/);
      await waitForText(page.getByTestId('stat-pids'), /^[1-9]\d*$/);
      const axis = (chart: string) => page.getByRole('region', { name: chart }).getByTestId('y-axis');
      await waitForText(axis('CPU'), /^100%50%0%$/);
      await waitForText(axis('Memory'), /^[\d.]+ (B|[kKMG]i?B)[\d.]+ (B|[kKMG]i?B)0 B$/);
      await waitForText(axis('Network'), /\/s0 B\/s$/);
    } finally {
      await removeContainersNamed(name);
    }
  });

  test('files: upload into a folder, see it listed with size and mode, download it back; the changes tab lists it as added', async () => {
    const name = uniqueName('files');
    await docker('run', '-d', '--name', name, testEnv().image, 'sleep', '3600');
    const page = await openDetail(name, 'files');
    try {
      await page.getByRole('table', { name: 'Files in /' }).getByRole('row', { name: 'etc', exact: true }).waitFor();
      await page.getByRole('link', { name: 'etc', exact: true }).or(page.getByRole('button', { name: 'etc', exact: true })).first().click();
      const folder = page.getByRole('table', { name: 'Files in /etc' });
      await folder.waitFor();
      const content = 'uploaded by berth\n'.repeat(100);
      await page.getByLabel('Files to upload').setInputFiles({ name: 'berth-note.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
      const row = folder.getByRole('row', { name: 'berth-note.txt', exact: true });
      await waitForText(row, /1\.8 kB.*-rw/);
      assert.equal(await docker('exec', name, 'cat', '/etc/berth-note.txt'), content.trim());
      // The path reads "/ › etc" (no "/ / etc"): the separators are icons, the text is the path itself.
      assert.equal(await page.getByRole('navigation', { name: 'Folder path' }).textContent(), '/etc');

      // View it without saving: its text, whole.
      await folder.getByRole('button', { name: 'View berth-note.txt' }).click();
      const viewer = page.getByRole('dialog', { name: '/etc/berth-note.txt' });
      assert.equal(await viewer.getByLabel('Contents of /etc/berth-note.txt').textContent(), content);
      await viewer.getByRole('button', { name: 'Close' }).click();
      await viewer.waitFor({ state: 'detached' });
      // A binary file says so instead.
      await page.getByRole('button', { name: 'Up one folder' }).click();
      await page.getByRole('table', { name: 'Files in /' }).getByRole('link', { name: 'bin', exact: true }).or(page.getByRole('button', { name: 'bin', exact: true })).first().click();
      await page.getByRole('table', { name: 'Files in /bin' }).getByRole('button', { name: 'View busybox' }).click();
      await waitForText(page.getByRole('dialog', { name: '/bin/busybox' }).getByRole('alert'), /binary file/);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Up one folder' }).click();
      await page.getByRole('table', { name: 'Files in /' }).getByRole('link', { name: 'etc', exact: true }).or(page.getByRole('button', { name: 'etc', exact: true })).first().click();
      await folder.waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download berth-note.txt' }).click()]);
      assert.equal(download.suggestedFilename(), 'berth-note.txt');
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      assert.equal(Buffer.concat(chunks).toString(), content);

      await page.getByRole('tab', { name: 'Changes' }).click();
      await page.getByRole('list', { name: 'Filesystem changes' }).getByRole('listitem', { name: 'added /etc/berth-note.txt' }).waitFor();
    } finally {
      await removeContainersNamed(name);
    }
  });
});
