// The compose pages' pure logic: sync states, what down removes, the projects list, the tool's words and
// command lines, the jobs store (with a stream standing in for the client), and the open dialog's errors.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type { TFunction } from 'i18next';
import type { StreamHandlers } from '../../shared/client.js';
import type { ComposeFileProject, ComposeModel, ComposeRunEvent, ComposeServiceModel, ComposeTool } from '../../shared/contract/compose.js';
import type { ContainerSummary } from '../../shared/contract/containers.js';
import { BerthError } from '../../shared/contract/errors.js';
import { explainError } from '../../renderer/src/api/errors.js';
import { composeCli, defaultRunOptions, toolLabel } from '../../renderer/src/features/compose/compose-tool.js';
import { downPlan } from '../../renderer/src/features/compose/down-plan.js';
import {
  applyRunEvent,
  cancelComposeJob,
  composeJobs,
  dismissComposeJob,
  getComposeJob,
  MAX_FINISHED_COMPOSE_JOBS,
  MAX_JOB_LINES,
  resetComposeJobsForTests,
  RUN_INCOMPLETE,
  startComposeJob,
  watchComposeJob,
  type ComposeJob,
} from '../../renderer/src/features/compose/jobs/compose-jobs.js';
import { jobTitle } from '../../renderer/src/features/compose/jobs/job-words.js';
import { openErrorWords } from '../../renderer/src/features/compose/open-errors.js';
import { engineOnlyProjects, fileToOpen, nextProjectSort, projectRows } from '../../renderer/src/features/compose/project-rows.js';
import { projectSummary, serviceContainers, syncState } from '../../renderer/src/features/compose/sync.js';
import { paletteItems } from '../../renderer/src/features/palette/palette-items.js';
import { applySettingsPatch } from '../../renderer/src/features/settings/settings-model.js';
import { Settings } from '../../shared/contract/settings.js';
import { containerRow } from '../support/container-rows.js';
import { testT } from '../support/i18n.js';

const t = await testT(['compose', 'errors']);
const zh = await testT(['compose', 'errors'], 'zh-CN');

function container(name: string, labels: Record<string, string> = {}, extra: Partial<ContainerSummary> = {}): ContainerSummary {
  return containerRow({ id: `${name}-id`.padEnd(64, '0'), name, labels, ...extra });
}

/** A container compose made for `service` of `project`, with the config hash it was made from. */
function member(project: string, service: string, hash: string, extra: Partial<ContainerSummary> = {}, labels: Record<string, string> = {}): ContainerSummary {
  return container(`${project}_${service}_1`, { 'com.docker.compose.project': project, 'com.docker.compose.service': service, 'com.docker.compose.config-hash': hash, ...labels }, extra);
}

function service(name: string, extra: Partial<ComposeServiceModel> = {}): ComposeServiceModel {
  return { name, image: 'berth-fixture/busybox:latest', build: null, ports: [], volumes: [], networks: [], dependsOn: [], healthcheck: null, profiles: [], file: '/p/compose.yaml', line: 2, ...extra };
}

const model: ComposeModel = { services: [service('web'), service('db', { networks: ['back'] }), service('worker')], volumes: ['data'], networks: ['back'] };

describe('sync states', () => {
  const containers = [member('app', 'web', 'h-web'), member('app', 'db', 'old', { state: 'exited', exitCode: 0 }), member('other', 'web', 'h-web')];
  const hashes = { web: 'h-web', db: 'h-db', worker: 'h-worker' };

  test("a service's containers are matched by project and service; compose run's one-off containers are not its own", () => {
    const oneOff = member('app', 'web', 'h-web', { id: 'oneoff'.padEnd(64, '0') }, { 'com.docker.compose.oneoff': 'True' });
    assert.deepEqual(serviceContainers([...containers, oneOff], 'app', 'web').map((c) => c.name), ['app_web_1']);
  });

  test('not created, up to date, out of date; unknown while the hashes are not known', () => {
    assert.equal(syncState([], 'h'), 'not-created');
    assert.equal(syncState(serviceContainers(containers, 'app', 'web'), hashes.web), 'up-to-date');
    assert.equal(syncState(serviceContainers(containers, 'app', 'db'), hashes.db), 'out-of-date');
    assert.equal(syncState(serviceContainers(containers, 'app', 'db'), undefined), 'unknown');
    assert.equal(syncState([], undefined), 'not-created', 'no container is not created, hashes or not');
    // One container of a scaled service made from an older file makes the service out of date.
    assert.equal(syncState([member('app', 'web', 'h-web'), member('app', 'web', 'old')], 'h-web'), 'out-of-date');
  });

  test("a project's summary: services running, out of date, not created", () => {
    assert.deepEqual(projectSummary(model, containers, 'app', hashes), { running: 1, total: 3, outOfDate: 1, notCreated: 1, hashesKnown: true });
    assert.deepEqual(projectSummary(model, containers, 'app', undefined), { running: 1, total: 3, outOfDate: 0, notCreated: 1, hashesKnown: false });
  });
});

describe('what down removes', () => {
  const web = member('app', 'web', 'h', { mounts: [{ type: 'volume', name: 'f'.repeat(64), source: '/x', destination: '/cache' }, { type: 'volume', name: 'app_data', source: '/y', destination: '/data' }] });
  const orphan = member('app', 'gone', 'h');
  const stranger = member('other', 'web', 'h');
  type Labelled = { name: string; labels: Record<string, string> };
  const volumes: Labelled[] = [
    { name: 'app_data', labels: { 'com.docker.compose.project': 'app', 'com.docker.compose.volume': 'data' } },
    // Declared with its own `name:`: compose labels it with the key it has in the file.
    { name: 'shared-cache', labels: { 'com.docker.compose.project': 'app', 'com.docker.compose.volume': 'cache' } },
    // External: made outside compose, so not labelled by it, and never removed by down.
    { name: 'app_external', labels: {} },
    { name: 'other_data', labels: { 'com.docker.compose.project': 'other', 'com.docker.compose.volume': 'data' } },
  ];
  const networks: Labelled[] = [
    { name: 'app_default', labels: { 'com.docker.compose.project': 'app', 'com.docker.compose.network': 'default' } },
    { name: 'app_back', labels: { 'com.docker.compose.project': 'app', 'com.docker.compose.network': 'back' } },
    { name: 'bridge', labels: {} },
  ];
  const base = { project: 'app', model: { ...model, volumes: ['data', 'cache', 'external'] }, containers: [web, orphan, stranger], volumes, networks, removeVolumes: false, removeOrphans: false };

  test("the file's services' containers and the project's networks; no volume unless asked", () => {
    const plan = downPlan(base);
    assert.deepEqual(plan.containers.map((c) => c.name), ['app_web_1']);
    assert.deepEqual(plan.networks, ['app_back', 'app_default']);
    assert.deepEqual(plan.volumes, []);
    assert.equal(plan.anonymousVolumes, 0);
  });

  test('orphans go only with --remove-orphans', () => {
    assert.deepEqual(downPlan({ ...base, removeOrphans: true }).containers.map((c) => c.name), ['app_web_1', 'app_gone_1']);
  });

  test("with volumes: the engine's names of the declared volumes (an explicit name too, not an external one), and the anonymous ones counted", () => {
    const plan = downPlan({ ...base, removeVolumes: true });
    assert.deepEqual(plan.volumes, ['app_data', 'shared-cache']);
    assert.equal(plan.anonymousVolumes, 1);
  });

  test("before the engine's lists are known, compose's default names <project>_<name>", () => {
    const plan = downPlan({ ...base, volumes: undefined, networks: undefined, removeVolumes: true });
    assert.deepEqual(plan.volumes, ['app_data', 'app_cache', 'app_external']);
    assert.deepEqual(plan.networks, ['app_back', 'app_default']);
    // Every service on a network of its own: no default network.
    const own = downPlan({ ...base, model: { ...model, services: [service('db', { networks: ['back'] })] }, networks: undefined });
    assert.deepEqual(own.networks, ['app_back']);
  });
});

describe('the projects list', () => {
  const opened: ComposeFileProject[] = [{ id: 'p1', name: 'shop', dir: '/srv/shop', files: ['/srv/shop/compose.yaml'], envFile: null, openedAt: 1 }];
  const labels = (project: string, dir: string, files: string) => ({
    'com.docker.compose.project': project,
    'com.docker.compose.service': 'web',
    'com.docker.compose.project.working_dir': dir,
    'com.docker.compose.project.config_files': files,
  });
  const containers = [
    container('shop_web_1', labels('shop', '/srv/shop', 'compose.yaml')),
    container('blog_web_1', labels('blog', '/home/me/blog', 'docker-compose.yml,docker-compose.override.yml')),
    container('blog_db_1', labels('blog', '/home/me/blog', 'docker-compose.yml'), { state: 'exited' }),
    container('lonely'),
  ];

  test('projects the engine has only by labels: those no opened project stands for', () => {
    assert.deepEqual(engineOnlyProjects(containers, opened), [
      { name: 'blog', workingDir: '/home/me/blog', configFiles: ['docker-compose.yml', 'docker-compose.override.yml'], containers: 2, running: 1 },
    ]);
  });

  test("the file to open: <working_dir>/<first config file>, an absolute one as it is, none when unknown", () => {
    assert.equal(fileToOpen({ workingDir: '/home/me/blog', configFiles: ['docker-compose.yml', 'x.yml'] }), '/home/me/blog/docker-compose.yml');
    assert.equal(fileToOpen({ workingDir: '/home/me/blog/', configFiles: ['./compose.yaml'] }), '/home/me/blog/compose.yaml');
    assert.equal(fileToOpen({ workingDir: '/a', configFiles: ['/b/compose.yaml'] }), '/b/compose.yaml');
    assert.equal(fileToOpen({ workingDir: 'C:\\work\\app', configFiles: ['compose.yaml'] }), 'C:\\work\\app\\compose.yaml');
    assert.equal(fileToOpen({ workingDir: null, configFiles: ['compose.yaml'] }), null);
    assert.equal(fileToOpen({ workingDir: '/a', configFiles: [] }), null);
  });

  test('rows: opened first, searched by name, folder and files, sorted', () => {
    const engine = engineOnlyProjects(containers, opened);
    const sort = { key: 'kind' as const, direction: 'asc' as const };
    assert.deepEqual(projectRows(opened, engine, { search: '', sort }).map((r) => `${r.kind}:${r.name}`), ['file:shop', 'engine:blog']);
    assert.deepEqual(projectRows(opened, engine, { search: 'override', sort }).map((r) => r.name), ['blog']);
    assert.deepEqual(projectRows(opened, engine, { search: ' /SRV ', sort }).map((r) => r.name), ['shop']);
    assert.deepEqual(projectRows(opened, engine, { search: '', sort: { key: 'name', direction: 'asc' } }).map((r) => r.name), ['blog', 'shop']);
    assert.deepEqual(nextProjectSort({ key: 'name', direction: 'asc' }, 'name'), { key: 'name', direction: 'desc' });
    assert.deepEqual(nextProjectSort({ key: 'name', direction: 'desc' }, 'folder'), { key: 'folder', direction: 'asc' });
  });
});

describe('the compose tool', () => {
  const v1: ComposeTool = { flavour: 'v1', command: ['/usr/bin/docker-compose'], version: '1.29.2', source: 'path' };
  const v2: ComposeTool = { flavour: 'v2', command: ['docker', 'compose'], version: '2.24.5', source: 'path' };
  const none: ComposeTool = { flavour: null, command: [], version: null, source: null };
  const project = { name: 'shop', dir: '/srv/my shop', files: ['/srv/my shop/compose.yaml'] };

  test('named as people name it', () => {
    assert.equal(toolLabel(v1), 'docker-compose 1.29.2');
    assert.equal(toolLabel(v2), 'docker compose v2.24.5');
    assert.equal(toolLabel({ ...v2, version: 'v2.30.0' }), 'docker compose v2.30.0');
    assert.equal(toolLabel(none), null);
  });

  test('"Copy as CLI" is the command line main runs, following the options', () => {
    assert.equal(
      composeCli(v1, project, 'up', ['web'], { ...defaultRunOptions, build: true }),
      "/usr/bin/docker-compose --project-name shop --project-directory '/srv/my shop' --file '/srv/my shop/compose.yaml' up --detach --build web",
    );
    // v1 has no up --pull: "always" is a pull first.
    assert.match(composeCli(v1, project, 'up', [], { ...defaultRunOptions, pull: 'always' }), /compose\.yaml' pull && \/usr\/bin\/docker-compose .* up --detach$/);
    assert.match(composeCli(v2, project, 'down', [], { ...defaultRunOptions, removeVolumes: true }), /^docker compose .* down --volumes$/);
    // No tool yet: what Docker's compose plugin would run.
    assert.match(composeCli(none, project, 'build', [], { ...defaultRunOptions, noCache: true }), /^docker compose .* build --no-cache$/);
    assert.match(composeCli(undefined, project, 'up', []), /^docker compose .* up --detach --pull missing$/);
  });
});

describe('compose jobs', () => {
  afterEach(() => resetComposeJobsForTests());

  /** A stand-in for the client's stream: the test plays main's part through the handlers. */
  function fakeStream() {
    const opened: { input: unknown; handlers: StreamHandlers<ComposeRunEvent>; cancelled: boolean }[] = [];
    const client = {
      stream: ((_op: string, input: unknown, handlers: StreamHandlers<ComposeRunEvent>) => {
        const entry = { input, handlers, cancelled: false };
        opened.push(entry);
        return () => {
          entry.cancelled = true;
        };
      }) as never,
    };
    return { client, opened };
  }
  const spec = (onEnd?: (job: ComposeJob, watched: boolean) => void) => ({
    project: { id: 'p1', name: 'shop' },
    action: 'up' as const,
    services: ['web'],
    options: defaultRunOptions,
    command: 'docker compose up',
    ...(onEnd ? { onEnd } : {}),
  });

  test('a run: its command from main, its output, done with exit code 0; the end is reported once', () => {
    const { client, opened } = fakeStream();
    const ends: [ComposeJob['state'], boolean][] = [];
    const id = startComposeJob(client, spec((job, watched) => ends.push([job.state, watched])));
    assert.deepEqual(opened[0]!.input, { id: 'p1', action: 'up', services: ['web'], options: defaultRunOptions });
    assert.equal(getComposeJob(id)?.state, 'running');
    const { handlers } = opened[0]!;
    handlers.onEvent({ kind: 'started', command: '/usr/bin/docker-compose up --detach web' });
    handlers.onEvent({ kind: 'output', lines: [{ stream: 'stderr', text: 'Creating shop_web_1 ... done' }] });
    const unwatch = watchComposeJob(id);
    handlers.onEvent({ kind: 'done', exitCode: 0 });
    handlers.onEnd?.();
    unwatch();
    const job = getComposeJob(id)!;
    assert.equal(job.state, 'done');
    assert.equal(job.command, '/usr/bin/docker-compose up --detach web');
    assert.deepEqual(job.lines.map((l) => l.text), ['Creating shop_web_1 ... done']);
    assert.equal(job.exitCode, 0);
    assert.ok(job.endedAt !== null);
    assert.deepEqual(ends, [['done', true]]);
  });

  test("a failed run keeps main's error; a stream that ends without the tool's end is failed, not done", () => {
    const { client, opened } = fakeStream();
    const failed = startComposeJob(client, spec());
    const error = new BerthError('CONFLICT', 'Bind for 0.0.0.0:8080 failed: port is already allocated', { stderr: 'ERROR: … port is already allocated' });
    opened[0]!.handlers.onEnd?.(error);
    assert.equal(getComposeJob(failed)?.state, 'failed');
    assert.equal(getComposeJob(failed)?.error, error);

    const cut = startComposeJob(client, spec());
    opened[1]!.handlers.onEnd?.();
    assert.equal(getComposeJob(cut)?.state, 'failed');
    assert.equal((getComposeJob(cut)?.error?.details as { reason?: string }).reason, RUN_INCOMPLETE);
  });

  test("cancel stops the stream and says so; main's CANCELLED after it changes nothing", () => {
    const { client, opened } = fakeStream();
    const ends: string[] = [];
    const id = startComposeJob(client, spec((job) => ends.push(job.state)));
    cancelComposeJob(id);
    assert.equal(opened[0]!.cancelled, true);
    assert.equal(getComposeJob(id)?.state, 'cancelled');
    opened[0]!.handlers.onEnd?.(new BerthError('CANCELLED', 'cancelled'));
    assert.deepEqual(ends, ['cancelled']);
    // A running job cannot be dismissed; a finished one can.
    const running = startComposeJob(client, spec());
    dismissComposeJob(running);
    dismissComposeJob(id);
    assert.deepEqual(composeJobs.get().map((job) => job.id), [running]);
  });

  test(`output is bounded to the newest ${MAX_JOB_LINES} lines, the dropped ones counted`, () => {
    const { client } = fakeStream();
    const id = startComposeJob(client, spec());
    let job = getComposeJob(id)!;
    const lines = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ stream: 'stdout' as const, text: `line ${from + i}` }));
    job = applyRunEvent(job, { kind: 'output', lines: lines(0, MAX_JOB_LINES - 10) });
    job = applyRunEvent(job, { kind: 'output', lines: lines(MAX_JOB_LINES - 10, 25) });
    assert.equal(job.lines.length, MAX_JOB_LINES);
    assert.equal(job.droppedLines, 15);
    assert.equal(job.lines[0]?.text, 'line 15');
    assert.equal(job.lines.at(-1)?.text, `line ${MAX_JOB_LINES + 14}`);
  });

  test(`finished jobs beyond ${MAX_FINISHED_COMPOSE_JOBS} go, oldest first; running ones stay`, () => {
    const { client, opened } = fakeStream();
    const first = startComposeJob(client, spec());
    for (let i = 0; i < MAX_FINISHED_COMPOSE_JOBS + 3; i++) {
      startComposeJob(client, spec());
      opened.at(-1)!.handlers.onEnd?.(new BerthError('INTERNAL', 'x'));
    }
    startComposeJob(client, spec());
    const list = composeJobs.get();
    assert.equal(list.filter((job) => job.state !== 'running').length, MAX_FINISHED_COMPOSE_JOBS);
    assert.ok(list.some((job) => job.id === first), 'the first job still runs');
  });

  test('titles name the services, else the project', () => {
    assert.equal(jobTitle(t, { action: 'up', services: ['web', 'db'], project: 'shop' }), 'Up web, db');
    assert.equal(jobTitle(t, { action: 'down', services: [], project: 'shop' }), 'Down shop');
    assert.match(jobTitle(zh, { action: 'build', services: [], project: 'shop' }), /构建 shop/);
  });
});

describe('opening a compose file, in words', () => {
  const explain = (error: unknown) => explainError(error, t, { mainWordsFirst: true });

  test('not there, no compose file in the folder, not a compose file at its line and column', () => {
    assert.deepEqual(openErrorWords(new BerthError('NOT_FOUND', '/x does not exist.', { path: '/x' }), '/x', t, explain), { problem: '/x does not exist.' });
    assert.deepEqual(openErrorWords(new BerthError('NOT_FOUND', '…', { path: '/d', looked: ['compose.yaml', 'docker-compose.yml'] }), '/d', t, explain), {
      problem: '/d holds no compose file (looked for compose.yaml, docker-compose.yml).',
    });
    const notCompose = new BerthError('INVALID_INPUT', '/f.yaml is not a compose file: line 3, column 5: bad indentation.', { line: 3, column: 5 });
    const words = openErrorWords(notCompose, '/f.yaml', t, explain);
    assert.match(words.problem, /not a compose file: line 3, column 5/);
    assert.equal(words.detail, notCompose.message);
    assert.match(openErrorWords(notCompose, '/f.yaml', zh as TFunction, explain).problem, /第 3 行，第 5 列/);
  });

  test("anything else in main's words", () => {
    assert.deepEqual(openErrorWords(new BerthError('FORBIDDEN', 'Berth may not look at /root (permission denied).'), '/root', t, explain), { problem: 'Berth may not look at /root (permission denied).' });
  });
});

describe('the compose tool setting and the palette', () => {
  test("settings.update's compose patch is shown at once", () => {
    const settings = Settings.parse({});
    assert.equal(settings.compose.command, null);
    assert.equal(applySettingsPatch(settings, { compose: { command: '/opt/docker-compose' } }).compose.command, '/opt/docker-compose');
    assert.equal(applySettingsPatch(settings, { theme: 'dark' }).compose.command, null);
  });

  test('the palette offers "Open compose file…" and each opened project', async () => {
    const pt = await testT('palette');
    const project: ComposeFileProject = { id: 'p1', name: 'shop', dir: '/srv/shop', files: ['/srv/shop/compose.yaml'], envFile: null, openedAt: 1 };
    const items = paletteItems({ pages: [{ id: 'compose' }], recentRuns: [], containers: [], images: [], volumes: [], composeProjects: [project] }, pt);
    assert.deepEqual(
      items.map((item) => `${item.group}: ${item.title}`),
      ['go: Go to Compose', 'compose: Open compose file or folder…', 'compose: shop'],
    );
    assert.deepEqual(items[2]?.command, { type: 'composeProject', project });
  });
});
