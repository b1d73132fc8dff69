import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { ComposeFileProject } from '../../shared/contract/compose.js';
import type { EventOf } from '../../shared/contract/index.js';
import { serviceContainers, startCompose, type ComposeTester, type InspectedContainer } from '../support/compose.js';
import { docker, testEnv } from '../support/env.js';

// Each long-running service answers SIGTERM (within a second), so stops are quick and their times meaningful.
const service = (name: string) => `["sh", "-c", "echo ${name} up; trap 'exit 0' TERM; while true; do sleep 1; done"]`;
const file = [
  'services:',
  '  web:',
  `    image: ${testEnv().image}`,
  `    command: ${service('web')}`,
  '  worker:',
  `    image: ${testEnv().image}`,
  `    command: ${service('worker')}`,
  '    depends_on: [web]',
  '  init:',
  `    image: ${testEnv().image}`,
  '    command: ["echo", "init done"]',
  '',
].join('\n');

const one = async (project: ComposeFileProject, name: string): Promise<InspectedContainer> => {
  const [container] = await serviceContainers(project.name, name);
  assert.ok(container, `${name} has a container`);
  return container;
};
const time = (value: string) => new Date(value).getTime();

/**
 * Today's project actions (compose.start, stop, restart, logs), which work from the containers' labels alone,
 * on a docker-compose v1 project of three services: a web, a worker that depends on it, and a one-shot job.
 */
describe('compose project actions by label, in depends_on order', () => {
  let compose: ComposeTester;
  let project: ComposeFileProject;

  before(async () => {
    compose = await startCompose();
    project = await compose.open(compose.folder('cp', { 'docker-compose.yml': file }));
    await compose.run(project, 'up');
  });
  after(async () => {
    await compose.dispose();
  });

  test('stop: the worker before the web it depends on', async () => {
    const { ids } = await compose.core.caller.call('compose.stop', { project: project.name });
    const [web, worker, init] = [await one(project, 'web'), await one(project, 'worker'), await one(project, 'init')];
    assert.deepEqual(new Set(ids), new Set([web.Id, worker.Id]), 'the finished one-shot job is not stopped again');
    assert.ok(!web.State.Running && !worker.State.Running);
    assert.ok(time(worker.State.FinishedAt) < time(web.State.FinishedAt), `worker stopped ${worker.State.FinishedAt}, web ${web.State.FinishedAt}`);
    assert.equal(init.State.Status, 'exited');
  });

  test('start: the web before the worker; the one-shot job runs again, as compose start does', async () => {
    const { ids } = await compose.core.caller.call('compose.start', { project: project.name });
    const [web, worker, init] = [await one(project, 'web'), await one(project, 'worker'), await one(project, 'init')];
    assert.equal(ids.length, 3);
    assert.ok(web.State.Running && worker.State.Running);
    assert.ok(time(web.State.StartedAt) < time(worker.State.StartedAt), `web started ${web.State.StartedAt}, worker ${worker.State.StartedAt}`);
    assert.ok(time(init.State.StartedAt) > time(init.State.FinishedAt) - 60_000, 'init ran');
  });

  test('start with one service paused: it is unpaused, and the start succeeds', async () => {
    const web = await one(project, 'web');
    await docker('pause', web.Id);
    await docker('stop', '-t', '5', (await one(project, 'worker')).Id);
    const { ids } = await compose.core.caller.call('compose.start', { project: project.name });
    assert.ok(ids.includes(web.Id));
    const [webAfter, workerAfter] = [await one(project, 'web'), await one(project, 'worker')];
    assert.equal(webAfter.State.Status, 'running', 'unpaused');
    assert.equal(webAfter.State.StartedAt, web.State.StartedAt, 'resumed, not restarted');
    assert.equal(workerAfter.State.Status, 'running');
  });

  test('restart: stopped dependents first, started in depends_on order (a paused one too)', async () => {
    await docker('pause', (await one(project, 'worker')).Id);
    await compose.core.caller.call('compose.restart', { project: project.name });
    const [web, worker] = [await one(project, 'web'), await one(project, 'worker')];
    assert.ok(web.State.Running && worker.State.Running && !worker.State.Paused);
    assert.ok(time(worker.State.FinishedAt) < time(web.State.FinishedAt), 'worker stopped first');
    assert.ok(time(web.State.StartedAt) < time(worker.State.StartedAt), 'web started first');
  });

  test('without the files: the order the containers were created in', async () => {
    const [main] = project.files;
    assert.ok(main);
    fs.renameSync(main, `${main}.away`);
    try {
      await compose.core.caller.call('compose.stop', { project: project.name });
      let [web, worker] = [await one(project, 'web'), await one(project, 'worker')];
      assert.ok(time(worker.State.FinishedAt) < time(web.State.FinishedAt), 'worker stopped first');
      await compose.core.caller.call('compose.start', { project: project.name });
      [web, worker] = [await one(project, 'web'), await one(project, 'worker')];
      assert.ok(time(web.State.StartedAt) < time(worker.State.StartedAt), 'web started first');
    } finally {
      fs.renameSync(`${main}.away`, main);
    }
  });

  test('merged logs of some services only', async () => {
    const events: EventOf<'compose.logs'>[] = [];
    await compose.core.caller.stream('compose.logs', { project: project.name, services: ['worker', 'init'], tail: 100, follow: false }, (e) => events.push(e), new AbortController().signal);
    const lines = events.flatMap((event) => event.lines);
    const containers = new Set(lines.map((line) => line.container));
    assert.deepEqual(containers, new Set([`${project.name}_worker_1`, `${project.name}_init_1`]));
    assert.ok(lines.some((line) => line.text === 'worker up') && lines.some((line) => line.text === 'init done'));
    assert.ok(!lines.some((line) => line.text === 'web up'));
  });
});
