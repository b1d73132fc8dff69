import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import type { ComposeFileProject } from '../../shared/contract/compose.js';
import type { BerthError } from '../../shared/contract/errors.js';
import { serviceContainers, startCompose, type ComposeTester, type InspectedContainer } from '../support/compose.js';
import { docker, freePort, ownEnv, testEnv, waitFor } from '../support/env.js';

const image = testEnv().image;

function composeFile(port: number, siteDir: string): string {
  return [
    'services:',
    '  web:',
    '    build: .',
    '    environment:',
    '      GREETING: "hello $$world"',
    '      MODE: "no"',
    '    ports:',
    `      - "127.0.0.1:${port}:8080"`,
    '    volumes:',
    '      - data:/data',
    `      - ${siteDir}:/site:ro`,
    '      - /scratch',
    '    networks: [default, back]',
    '    restart: unless-stopped',
    '    labels:',
    '      dev.berth.test: export',
    '    stop_grace_period: 1s',
    '  worker:',
    `    image: ${image}`,
    `    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]`,
    '    networks: [back]',
    '    restart: on-failure:3',
    '    user: "1000"',
    'volumes:',
    '  data: {}',
    'networks:',
    '  back: {}',
    '',
  ].join('\n');
}

const webDockerfile = [`FROM ${image}`, 'ENV LANG=C', 'LABEL dev.berth.image=yes', 'RUN mkdir -p /www && echo exported > /www/index.html', 'CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]', ''].join('\n');

/** What `docker compose up` of an exported file must give again, project names aside. */
function comparable(container: InspectedContainer, project: string) {
  return {
    image: container.Config.Image,
    cmd: container.Config.Cmd,
    entrypoint: container.Config.Entrypoint,
    env: ownEnv(container),
    ports: container.HostConfig.PortBindings,
    mounts: container.Mounts.map((m) => ({
      type: m.Type,
      // An anonymous volume is a new one each time; only its place can be the same.
      source: m.Type === 'bind' ? m.Source : /^[0-9a-f]{64}$/.test(m.Name ?? '') ? 'anonymous' : m.Name,
      target: m.Destination,
      rw: m.RW,
    })).sort((a, b) => a.target.localeCompare(b.target)),
    restart: container.HostConfig.RestartPolicy,
    networks: Object.keys(container.NetworkSettings.Networks).filter((n) => n !== `${project}_default`).sort(),
    labels: Object.fromEntries(Object.entries(container.Config.Labels).filter(([key]) => !key.startsWith('com.docker.compose.'))),
  };
}

describe('export as compose → down → up from the exported file gives equivalent containers', () => {
  let compose: ComposeTester;
  let original: ComposeFileProject;
  let port: number;
  let exportDir: string;

  before(async () => {
    compose = await startCompose();
    port = await freePort();
    const site = compose.folder('ce-site', { 'page.txt': 'from the host\n' });
    original = await compose.open(compose.folder('ce', { 'docker-compose.yml': composeFile(port, site), Dockerfile: webDockerfile }));
    await compose.run(original, 'up');
    const [web] = await serviceContainers(original.name, 'web');
    assert.ok(web);
    await docker('exec', web.Id, 'sh', '-c', 'echo kept > /data/file');
    exportDir = compose.folder('ce-exported', {});
  });
  after(async () => {
    await compose.dispose();
  });

  test('the file: only what differs from the images, named volume and network kept by name', async () => {
    const { text, warnings } = await compose.core.caller.call('compose.export', { project: original.name });
    assert.deepEqual(warnings, []);
    const doc = parse(text) as { services: Record<string, Record<string, unknown>>; volumes: unknown; networks: unknown };
    assert.deepEqual(Object.keys(doc.services).sort(), ['web', 'worker']);
    assert.equal(doc.services.web?.command, undefined, 'the image’s own CMD is left out');
    assert.deepEqual(doc.services.web?.environment, { GREETING: 'hello $$world', MODE: 'no' }, 'the image’s env left out, $ escaped');
    assert.deepEqual(doc.services.web?.labels, { 'dev.berth.test': 'export' });
    assert.deepEqual(doc.volumes, { data: { name: `${original.name}_data`, external: false } });
    assert.deepEqual(doc.networks, { back: { name: `${original.name}_back` } });
  });

  test('writing the file: an existing one is refused unless overwriting is allowed', async () => {
    const file = path.join(exportDir, 'compose.yaml');
    const written = await compose.core.caller.call('compose.export', { project: original.name, path: file });
    assert.equal(written.path, file);
    assert.equal(fs.readFileSync(file, 'utf8'), written.text);
    assert.equal(fs.statSync(file).mode & 0o777, 0o644);
    const refused = (await compose.core.caller.call('compose.export', { project: original.name, path: file }).then(
      () => assert.fail('the file exists'),
      (e: unknown) => e,
    )) as BerthError;
    assert.equal(refused.code, 'CONFLICT');
    assert.deepEqual((refused.details as { exists: boolean }).exists, true);
    await compose.core.caller.call('compose.export', { project: original.name, path: file, overwrite: true });
  });

  test('down, then up from the exported file: the same containers, the volume’s data kept', async () => {
    const before = {
      web: (await serviceContainers(original.name, 'web'))[0],
      worker: (await serviceContainers(original.name, 'worker'))[0],
    };
    assert.ok(before.web && before.worker);
    await compose.run(original, 'down');

    const exported = await compose.open(exportDir);
    assert.notEqual(exported.name, original.name);
    await compose.run(exported, 'up');
    const web = (await serviceContainers(exported.name, 'web'))[0];
    const worker = (await serviceContainers(exported.name, 'worker'))[0];
    assert.ok(web && worker);
    assert.deepEqual(comparable(web, exported.name), comparable(before.web, original.name));
    assert.deepEqual(comparable(worker, exported.name), comparable(before.worker, original.name));
    assert.equal(await docker('exec', web.Id, 'cat', '/data/file'), 'kept', 'the named volume’s data is there');
    const page = await waitFor(() => fetch(`http://127.0.0.1:${port}/`).then((r) => r.text()).catch(() => null), 'the web service to answer');
    assert.equal(page, 'exported\n');
  });
});
