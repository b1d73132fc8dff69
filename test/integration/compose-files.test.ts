import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { composeEnvironment } from '../../electron/services/compose/engine-env.js';
import { ComposeProjects } from '../../electron/services/compose/projects.js';
import { composeRunHandlers } from '../../electron/services/compose/run-handlers.js';
import { ComposeToolFinder } from '../../electron/services/compose/tool.js';
import { ComposeRunOptions, type ComposeFileProject, type ComposeRunEvent } from '../../shared/contract/compose.js';
import type { BerthError } from '../../shared/contract/errors.js';
import { inspect, processesMentioning, serviceContainers, startCompose, type ComposeTester } from '../support/compose.js';
import { docker, freePort, testEnv, waitFor } from '../support/env.js';

const image = testEnv().image;

const webDockerfile = [`FROM ${image}`, 'RUN mkdir -p /www && echo "hello from compose" > /www/index.html', 'CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]', ''].join('\n');

function composeFile(port: number): string {
  return [
    'services:',
    // PID 1 ignores SIGTERM in these containers: a short grace keeps stops quick.
    '  web:',
    '    build: .',
    '    stop_grace_period: 1s',
    '    ports:',
    `      - "127.0.0.1:${port}:8080"`,
    '    volumes:',
    '      - data:/data',
    '    networks:',
    '      - back',
    '  helper:',
    `    image: ${image}`,
    '    command: ["sleep", "3600"]',
    '    stop_grace_period: 1s',
    '    networks:',
    '      - back',
    'volumes:',
    '  data: {}',
    'networks:',
    '  back: {}',
    '',
  ].join('\n');
}

const outputOf = (events: ComposeRunEvent[]) => events.flatMap((event) => (event.kind === 'output' ? event.lines.map((line) => line.text) : []));

async function httpGet(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/`);
  return response.text();
}

describe('compose projects from files, through docker-compose v1, on the real engine', () => {
  let compose: ComposeTester;
  let project: ComposeFileProject;
  let port: number;

  before(async () => {
    compose = await startCompose();
    port = await freePort();
    const dir = compose.folder('cf', { 'docker-compose.yml': composeFile(port), Dockerfile: webDockerfile });
    project = await compose.open(dir);
  });
  after(async () => {
    await compose.dispose();
  });

  test('up with a build: the command shown first, a published port answered, the volume and network made', async () => {
    const events = await compose.run(project, 'up', { options: { build: true } });
    const [first] = events;
    assert.ok(first?.kind === 'started');
    assert.equal(
      first.command,
      `docker-compose --project-name ${project.name} --project-directory ${project.dir} --file ${project.files[0]} up --detach --build`,
      'exactly what ran, as "Copy as CLI" shows it',
    );
    assert.deepEqual(events.at(-1), { kind: 'done', exitCode: 0 });
    assert.ok(outputOf(events).some((line) => /Successfully built|Creating/.test(line)), 'the tool’s output is streamed');

    assert.equal(await waitFor(() => httpGet(port).catch(() => null), 'the web service to answer'), 'hello from compose\n');
    const [web] = await serviceContainers(project.name, 'web');
    const [helper] = await serviceContainers(project.name, 'helper');
    assert.ok(web?.State.Running && helper?.State.Running);
    assert.ok(web.Mounts.some((m) => m.Type === 'volume' && m.Name === `${project.name}_data` && m.Destination === '/data'));
    assert.ok(Object.keys(web.NetworkSettings.Networks).includes(`${project.name}_back`));
    const [volume] = await inspect<{ Name: string }>('--type', 'volume', `${project.name}_data`);
    assert.equal(volume?.Name, `${project.name}_data`);
    const [network] = await inspect<{ Name: string }>('--type', 'network', `${project.name}_back`);
    assert.equal(network?.Name, `${project.name}_back`);
  });

  test('a port changed in the file: only that service is out of date, and up recreates only it', async () => {
    const [webBefore] = await serviceContainers(project.name, 'web');
    const [helperBefore] = await serviceContainers(project.name, 'helper');
    assert.ok(webBefore && helperBefore);
    const unchanged = await compose.core.caller.call('compose.files.hashes', { id: project.id });
    assert.equal(unchanged.hashes.web, webBefore.Config.Labels['com.docker.compose.config-hash']);
    assert.equal(unchanged.hashes.helper, helperBefore.Config.Labels['com.docker.compose.config-hash']);

    const newPort = await freePort();
    const read = await compose.core.caller.call('compose.files.read', { id: project.id });
    const file = read.files[0];
    assert.ok(file);
    await compose.core.caller.call('compose.files.save', { id: project.id, path: file.path, text: composeFile(newPort), baseMtimeMs: file.mtimeMs });

    const { hashes } = await compose.core.caller.call('compose.files.hashes', { id: project.id });
    assert.notEqual(hashes.web, webBefore.Config.Labels['com.docker.compose.config-hash'], 'web is out of date');
    assert.equal(hashes.helper, helperBefore.Config.Labels['com.docker.compose.config-hash'], 'helper is not');

    await compose.run(project, 'up');
    const [webAfter] = await serviceContainers(project.name, 'web');
    const [helperAfter] = await serviceContainers(project.name, 'helper');
    assert.notEqual(webAfter?.Id, webBefore.Id, 'web recreated');
    assert.equal(helperAfter?.Id, helperBefore.Id, 'helper left as it was');
    assert.equal(webAfter?.Config.Labels['com.docker.compose.config-hash'], hashes.web);
    assert.equal(await waitFor(() => httpGet(newPort).catch(() => null), 'web on its new port'), 'hello from compose\n');
    port = newPort;
  });

  test('down keeps the named volume; down with removeVolumes removes it', async () => {
    await compose.run(project, 'down');
    assert.deepEqual(await serviceContainers(project.name, 'web'), []);
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=^${project.name}_data$`), `${project.name}_data`, 'the volume is kept');
    assert.equal(await docker('network', 'ls', '-q', '--filter', `name=^${project.name}_back$`), '', 'the network goes');

    const events = await compose.run(project, 'down', { options: { removeVolumes: true } });
    assert.match(events[0]?.kind === 'started' ? events[0].command : '', / down --volumes$/);
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=^${project.name}_data$`), '', 'removed when asked');
  });

  test('cancel mid-up: CANCELLED, no compose process left, and the next up succeeds', async () => {
    const dir = compose.folder('cf-slow', {
      'compose.yaml': `services:\n  slow:\n    build: .\n    command: ["sleep", "3600"]\n    stop_grace_period: 1s\n`,
      // A unique step, so that no build cache can make it quick.
      Dockerfile: `FROM ${image}\nRUN echo ${Date.now()} > /stamp && sleep 5\n`,
    });
    const slow = await compose.open(dir);
    // The handler itself, on the core's projects and engine: through the router a cancelled stream ends quietly
    // (the client has gone), so only here is its CANCELLED seen. The router waits for the handler all the same.
    const handler = composeRunHandlers(new ComposeProjects(compose.core.settings), new ComposeToolFinder(() => null), () =>
      composeEnvironment(compose.core.connection.status, []),
    )['compose.files.run'];
    const controller = new AbortController();
    const events: ComposeRunEvent[] = [];
    const started = Date.now();
    const failure = (await handler(
      { id: slow.id, action: 'up', services: [], options: ComposeRunOptions.parse({}) },
      (event) => {
        events.push(event);
        if (event.kind === 'output' && event.lines.some((line) => /sleep 5|Running in/.test(line.text))) controller.abort();
      },
      controller.signal,
      { on: () => {} },
    ).then(
      () => assert.fail('the up was cancelled'),
      (error: unknown) => error,
    )) as BerthError;
    assert.equal(failure.code, 'CANCELLED');
    assert.equal(failure.name, 'AbortError');
    assert.ok(Date.now() - started < 20_000, 'the tool stopped when interrupted');
    assert.ok(outputOf(events).some((line) => /sleep 5|Running in/.test(line)), 'cancelled mid-build');
    assert.deepEqual(processesMentioning(slow.name), [], 'the tool and what it started are gone');

    const again = await compose.run(slow, 'up');
    assert.deepEqual(again.at(-1), { kind: 'done', exitCode: 0 });
    const [container] = await serviceContainers(slow.name, 'slow');
    assert.equal(container?.State.Running, true);
  });

  test('a port already taken: CONFLICT naming it, the tool’s stderr in the details', async () => {
    const taken = await freePort();
    const server = net.createServer().listen(taken, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const dir = compose.folder('cf-taken', { 'compose.yaml': `services:\n  web:\n    image: ${image}\n    command: ["sleep", "3600"]\n    ports: ["127.0.0.1:${taken}:80"]\n` });
      const taker = await compose.open(dir);
      const error = (await compose.run(taker, 'up').then(
        () => assert.fail('the port is taken'),
        (e: unknown) => e,
      )) as BerthError;
      assert.equal(error.code, 'CONFLICT');
      assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${taken}\\b`));
      const details = error.details as { reason: string; exitCode: number; stderr: string; port?: string };
      assert.equal(details.reason, 'compose-failed');
      assert.notEqual(details.exitCode, 0);
      assert.match(details.stderr, /address already in use|port is already allocated/);
      assert.equal(details.port, `127.0.0.1:${taken}`);
    } finally {
      server.close();
    }
  });

  test('compose.tool finds docker-compose v1 here; a configured path that does not exist is named as missing', async () => {
    const tool = await compose.core.caller.call('compose.tool', {});
    assert.equal(tool.flavour, 'v1');
    assert.match(tool.version ?? '', /^1\.29\.\d+$/);
    assert.deepEqual(tool.command, ['docker-compose']);
    assert.equal(tool.source, 'path');

    const missing = path.join(path.dirname(project.dir), 'no-such-folder', 'docker-compose');
    assert.equal(fs.existsSync(missing), false);
    await compose.core.caller.call('settings.update', { compose: { command: missing } });
    try {
      const configured = await compose.core.caller.call('compose.tool', {});
      assert.deepEqual(configured, { flavour: null, command: [missing], version: null, source: 'setting' });
      for (const attempt of [compose.run(project, 'up'), compose.core.caller.call('compose.files.hashes', { id: project.id })]) {
        const error = (await attempt.then(
          () => assert.fail('no tool'),
          (e: unknown) => e,
        )) as BerthError;
        assert.equal(error.code, 'NOT_FOUND');
        assert.equal((error.details as { reason: string }).reason, 'compose-tool-missing');
        assert.match(error.message, new RegExp(missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
      }
    } finally {
      await compose.core.caller.call('settings.update', { compose: { command: null } });
    }
    assert.equal((await compose.core.caller.call('compose.tool', {})).flavour, 'v1', 'back to the one on PATH');
  });
  test('files with a schema error or an unset variable are refused before the tool runs, at their line and column', async () => {
    const variable = `BERTH_UNSET_${process.pid}`;
    assert.equal(process.env[variable], undefined);
    const cases = [
      { file: ['services:', '  app:', `    image: ${image}`, '    portz: ["80"]', ''].join('\n'), code: 'schema-unknown-key', line: 4, column: 5 },
      { file: ['services:', '  app:', `    image: ${image}`, `    command: sleep \${${variable}}`, ''].join('\n'), code: 'variable-unset', line: 4, column: 14 },
    ];
    for (const { file, code, line, column } of cases) {
      // Opened through the router, not compose.open: nothing of it reaches the engine, so there is nothing to bring down.
      const broken = await compose.core.caller.call('compose.files.open', { path: compose.folder('cf-bad', { 'compose.yaml': file }) });
      const error = (await compose.run(broken, 'up').then(
        () => assert.fail('a file with an error was run'),
        (e: unknown) => e,
      )) as BerthError;
      assert.equal(error.code, 'INVALID_INPUT');
      const details = error.details as { reason: string; diagnostics: { code: string; line: number; column: number }[] };
      assert.equal(details.reason, 'compose-invalid');
      assert.deepEqual(details.diagnostics.map((d) => [d.code, d.line, d.column]), [[code, line, column]]);
      assert.equal(await docker('ps', '-aq', '--filter', `label=com.docker.compose.project=${broken.name}`), '', 'nothing was created');
    }
  });
});
