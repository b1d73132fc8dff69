import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, localImageName, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';

const prefix = uniqueName('ctr');
let core: Core;

async function runContainer(suffix: string, ...extra: string[]): Promise<string> {
  return docker('run', '-d', '--name', `${prefix}-${suffix}`, ...extra, testEnv().image, 'sleep', '3600');
}

const state = (id: string) => docker('inspect', '--format', '{{.State.Status}}', id);
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);

describe('containers against the real engine', () => {
  before(async () => {
    core = await startCore();
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
  });

  test('containers.list shows a container with its state, ports, compose labels and exit code', async () => {
    const id = await runContainer('list', '-p', '127.0.0.1::80', '--label', 'com.docker.compose.project=shop', '--label', 'com.docker.compose.service=web');
    const exited = await docker('run', '-d', '--name', `${prefix}-exited`, testEnv().image, 'sh', '-c', 'exit 3');
    assert.equal(await docker('wait', exited), '3');
    const rows = await call('containers.list', { all: true });
    const row = rows.find((r) => r.id === id);
    assert.ok(row, 'the container is listed');
    assert.equal(row.name, `${prefix}-list`);
    assert.equal(row.state, 'running');
    assert.equal(row.image, localImageName(testEnv().image));
    assert.equal(row.composeProject, 'shop');
    assert.equal(row.composeService, 'web');
    assert.equal(row.ports.length, 1);
    assert.equal(row.ports[0]?.privatePort, 80);
    assert.equal(row.ports[0]?.ip, '127.0.0.1');
    assert.ok((row.ports[0]?.publicPort ?? 0) > 0, 'an automatic host port was given');
    const exitedRow = rows.find((r) => r.id === exited);
    assert.equal(exitedRow?.state, 'exited');
    assert.equal(exitedRow?.exitCode, 3);

    const running = await call('containers.list', { all: false });
    assert.ok(running.some((r) => r.id === id));
    assert.ok(!running.some((r) => r.id === exited), 'running-only leaves the exited one out');

    const one = await call('containers.list', { ids: [id] });
    assert.deepEqual(one.map((r) => r.id), [id]);
    assert.deepEqual(await call('containers.list', { ids: [] }), []);
  });

  test('stop, start, restart, pause, unpause and kill do what docker inspect then shows', async () => {
    const id = await runContainer('life');
    await call('containers.stop', { id, timeoutSeconds: 1 });
    assert.equal(await state(id), 'exited');
    await call('containers.start', { id });
    assert.equal(await state(id), 'running');
    await call('containers.start', { id }); // already running: a no-op, as with the CLI
    const startedAt = await docker('inspect', '--format', '{{.State.StartedAt}}', id);
    await call('containers.restart', { id, timeoutSeconds: 1 });
    assert.equal(await state(id), 'running');
    assert.notEqual(await docker('inspect', '--format', '{{.State.StartedAt}}', id), startedAt, 'restart started it again');
    await call('containers.pause', { id });
    assert.equal(await state(id), 'paused');
    await call('containers.unpause', { id });
    assert.equal(await state(id), 'running');
    await call('containers.kill', { id, signal: 'SIGKILL' });
    assert.equal(await state(id), 'exited');
    assert.equal(await docker('inspect', '--format', '{{.State.ExitCode}}', id), '137');
  });

  test('containers.inspect returns the engine’s JSON', async () => {
    const id = await runContainer('inspect', '-e', 'GREETING=hi');
    // The engine's own JSON, which the contract leaves open: the fields read here are the engine API's.
    const info = (await call('containers.inspect', { id: `${prefix}-inspect` })) as { Id: string; Config: { Env: string[] } };
    assert.equal(info.Id, id);
    assert.ok(info.Config.Env.includes('GREETING=hi'));
  });

  test('remove: a running container is a CONFLICT without force; -v removes anonymous volumes only when asked', async () => {
    const id = await runContainer('rm', '-v', '/data');
    const volume = await docker('inspect', '--format', '{{range .Mounts}}{{.Name}}{{end}}', id);
    assert.ok(volume, 'the container has an anonymous volume');
    await assert.rejects(call('containers.remove', { id }), { code: 'CONFLICT', message: /running|stop/i });
    await call('containers.remove', { id, force: true, volumes: true });
    assert.equal(await docker('ps', '-aq', '--filter', `id=${id}`), '');
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=${volume}`), '', 'its anonymous volume went with it');

    const keep = await runContainer('rm-keep', '-v', '/data');
    const kept = await docker('inspect', '--format', '{{range .Mounts}}{{.Name}}{{end}}', keep);
    await call('containers.remove', { id: keep, force: true });
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=${kept}`), kept, 'without volumes: true the volume stays');
    await docker('volume', 'rm', kept);
  });

  test('a container that does not exist is NOT_FOUND, named in the message', async () => {
    for (const op of ['containers.start', 'containers.stop', 'containers.inspect', 'containers.remove'] as const) {
      await assert.rejects(call(op, { id: `${prefix}-nope` }), (error: { code: string; message: string }) => {
        assert.equal(error.code, 'NOT_FOUND', op);
        assert.match(error.message, new RegExp(`${prefix}-nope`));
        return true;
      });
    }
  });

  test('engine.events streams container events as they happen', async () => {
    const controller = new AbortController();
    const seen: { action: string; id: string }[] = [];
    const streaming = core.router.stream('engine.events', { types: ['container'] }, (event) => {
      const e = event as { kind: string; action: string; id: string };
      if (e.kind === 'engine') seen.push(e);
    }, controller.signal);
    const id = await runContainer('events');
    await docker('stop', '-t', '0', id);
    await waitFor(() => seen.some((e) => e.id === id && e.action === 'die'), 'the die event');
    assert.ok(seen.some((e) => e.id === id && e.action === 'create'));
    assert.ok(seen.some((e) => e.id === id && e.action === 'start'));
    controller.abort();
    await streaming;
  });

  test('engine.info describes the engine', async () => {
    const info = await call('engine.info', {});
    assert.match(info.apiVersion, /^1\.\d+$/);
    assert.ok(info.cpus > 0);
    assert.ok(info.storageDriver.length > 0);
    assert.equal(info.endpoint.source, 'setting');
  });
});

describe('containers.logs against the real engine', () => {
  before(async () => {
    core = await startCore();
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
  });

  async function collect(input: Record<string, unknown>, until: (lines: { stream: string; text: string; time?: string }[]) => boolean) {
    const lines: { stream: string; text: string; time?: string }[] = [];
    const controller = new AbortController();
    const done = core.router.stream('containers.logs', input, (event) => {
      lines.push(...(event as { lines: typeof lines }).lines);
      if (until(lines)) controller.abort();
    }, controller.signal);
    // A stream that is not followed ends by itself; a followed one is cut once `until` is satisfied.
    let ended = false;
    await Promise.race([done.then(() => (ended = true)), waitFor(() => ended || controller.signal.aborted, 'log lines')]);
    controller.abort();
    await done;
    return lines;
  }

  test('stdout and stderr are told apart; tail and timestamps work; follow sees new lines', async () => {
    const id = await docker('run', '-d', '--name', `${prefix}-logs`, testEnv().image, 'sh', '-c',
      'for i in 1 2 3; do echo out$i; echo err$i >&2; done; sleep 1; echo late; sleep 3600');
    const lines = await collect({ id }, (l) => l.some((x) => x.text === 'late'));
    assert.deepEqual(lines.filter((l) => l.stream === 'stdout').map((l) => l.text), ['out1', 'out2', 'out3', 'late']);
    assert.deepEqual(lines.filter((l) => l.stream === 'stderr').map((l) => l.text), ['err1', 'err2', 'err3']);

    const tailed = await collect({ id, tail: 2, follow: false, timestamps: true }, () => false);
    assert.equal(tailed.length, 2);
    assert.match(tailed[1]?.time ?? '', /^\d{4}-\d\d-\d\dT/);
    assert.equal(tailed[1]?.text, 'late');
  });

  test('a TTY container’s output arrives as plain lines', async () => {
    const id = await docker('run', '-d', '-t', '--name', `${prefix}-tty`, testEnv().image, 'sh', '-c', 'echo one; echo two >&2; sleep 3600');
    const lines = await collect({ id }, (l) => l.length >= 2);
    assert.deepEqual(lines.map((l) => [l.stream, l.text]), [['stdout', 'one'], ['stdout', 'two']]);
  });
});

describe('containers.stats against the real engine', () => {
  before(async () => {
    core = await startCore();
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
  });

  test('a busy container shows CPU, memory and pids, and the stream stops on cancel', async () => {
    const id = await docker('run', '-d', '--name', `${prefix}-busy`, testEnv().image, 'sh', '-c', 'while :; do :; done');
    const samples: { cpuPercent: number; memoryBytes: number; memoryLimitBytes: number; pids: number }[] = [];
    const controller = new AbortController();
    const done = core.router.stream('containers.stats', { id }, (s) => samples.push(s as (typeof samples)[number]), controller.signal);
    await waitFor(() => samples.length >= 3, 'three stats samples', 20000);
    controller.abort();
    await done;
    const last = samples.at(-1)!;
    assert.ok(last.cpuPercent > 10, `a busy loop uses CPU (saw ${last.cpuPercent.toFixed(1)} %)`);
    assert.ok(last.memoryBytes > 0 && last.memoryLimitBytes > last.memoryBytes);
    assert.ok(last.pids >= 1);
    const count = samples.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(samples.length, count, 'no samples after cancel');
  });
});

describe('Berth’s own helper containers', () => {
  before(async () => {
    core = await startCore();
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
  });

  test('are kept out of containers.list', async () => {
    const helper = await docker('create', '--name', `${prefix}-helper`, '--label', 'dev.berth.helper=true', testEnv().image, 'true');
    const user = await docker('create', '--name', `${prefix}-user`, testEnv().image, 'true');
    const rows = await call('containers.list', { all: true, ids: [helper, user] });
    assert.deepEqual(rows.map((r) => r.id), [user]);
  });
});
