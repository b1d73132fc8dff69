import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startWebShell, type WebShell } from '../../electron/web/server.js';
import type { TerminalEvent } from '../../shared/contract/containers.js';
import { startCore } from '../support/core.js';
import { docker, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';
import { connectWs } from '../support/ws-client.js';

const prefix = uniqueName('term');
let core: Core;
let shell: WebShell;
let client: Awaited<ReturnType<typeof connectWs>>;
let running: string;

/** Opens a terminal stream through the WebSocket and records what it prints. */
function terminal(op: 'containers.exec' | 'containers.attach', input: Record<string, unknown>) {
  const out = { text: '', stderr: '', exitCode: undefined as number | null | undefined, ended: false };
  const handle = client.open(op, input as never, {
    onEvent: (event: TerminalEvent) => {
      if ('output' in event) {
        if (event.stream === 'stderr') out.stderr += event.output;
        else out.text += event.output;
      } else out.exitCode = event.exitCode;
    },
    onEnd: () => (out.ended = true),
  });
  return { out, handle };
}

describe('terminals over the WebSocket (exec and attach)', () => {
  before(async () => {
    core = await startCore();
    shell = await startWebShell({ router: core.router, rendererDir: path.resolve('dist/renderer') });
    client = await connectWs(shell.port, shell.token);
    running = await docker('run', '-d', '--name', `${prefix}-box`, testEnv().image, 'sleep', '3600');
  });
  after(async () => {
    client.close();
    await shell.close();
    core.dispose();
    await removeContainersNamed(prefix);
  });

  test('exec sh with a TTY: typed commands run, the output comes back, exit ends it with the code', async () => {
    const { out, handle } = terminal('containers.exec', { id: running, cols: 80, rows: 24 });
    handle.send({ data: 'echo hello-$((1+2))\n' });
    await waitFor(() => out.text.includes('hello-3'), 'the echo output');
    handle.send({ resize: { cols: 132, rows: 43 } });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the resize is applied by the engine asynchronously
    handle.send({ data: 'stty size\n' });
    await waitFor(() => out.text.includes('43 132'), 'the new terminal size');
    handle.send({ data: 'exit 3\n' });
    await waitFor(() => out.ended, 'the stream to end');
    assert.equal(out.exitCode, 3);
  });

  test('exec without a TTY keeps stdout and stderr apart', async () => {
    const { out } = terminal('containers.exec', { id: running, tty: false, cmd: ['sh', '-c', 'echo to-out; echo to-err >&2'] });
    await waitFor(() => out.ended, 'the process to end');
    assert.equal(out.text, 'to-out\n');
    assert.equal(out.stderr, 'to-err\n');
    assert.equal(out.exitCode, 0);
  });

  test('exec as another user, in another folder', async () => {
    const { out } = terminal('containers.exec', { id: running, tty: false, user: '65534:65534', workingDir: '/bin', cmd: ['sh', '-c', 'id -u; pwd'] });
    await waitFor(() => out.ended, 'the process to end');
    assert.equal(out.text, '65534\n/bin\n');
  });

  test('attach to a container started with -it; cancelling detaches and leaves it running', async () => {
    const id = await docker('run', '-dit', '--name', `${prefix}-it`, testEnv().image, 'sh');
    const { out, handle } = terminal('containers.attach', { id });
    handle.send({ data: 'echo attached-$((6*7))\n' });
    await waitFor(() => out.text.includes('attached-42'), 'output of the attached shell');
    handle.cancel();
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await docker('inspect', '--format', '{{.State.Running}}', id), 'true');
  });

  test('a message a stream does not take, or a bad one, ends that stream with INVALID_INPUT', async () => {
    let failure: { code: string } | undefined;
    const handle = client.open('containers.exec', { id: running, cmd: ['sleep', '30'] }, {
      onEvent: () => {},
      onEnd: (error) => (failure = error),
    });
    handle.send({ resize: { cols: 0, rows: 0 } } as never);
    await waitFor(() => failure, 'the stream to fail');
    assert.equal(failure?.code, 'INVALID_INPUT');
  });

  test('exec in a container that is not running is a CONFLICT', async () => {
    const stopped = await docker('create', '--name', `${prefix}-stopped`, testEnv().image, 'true');
    let failure: { code: string; message: string } | undefined;
    client.stream('containers.exec', { id: stopped }, { onEvent: () => {}, onEnd: (error) => (failure = error) });
    await waitFor(() => failure, 'the failure');
    assert.equal(failure?.code, 'CONFLICT');
    assert.match(failure?.message ?? '', /not running/);
  });
});
