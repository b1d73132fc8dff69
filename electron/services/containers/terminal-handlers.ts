import type Docker from 'dockerode';
import type { Duplex } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { TerminalEvent, TerminalInput } from '../../../shared/contract/containers.js';
import type { EngineConnection } from '../../engine/connection.js';
import { demultiplexer } from '../../engine/log-frames.js';
import type { HandlerGroup, Inbox } from '../../ipc/router.js';

/** Output is sent at most this often so that a flood (`yes`, `cat bigfile`) arrives as a few large frames. */
const FLUSH_MS = 16;

export function terminalHandlers(connection: EngineConnection): HandlerGroup<'containers.exec' | 'containers.attach'> {
  return {
    async 'containers.exec'({ id, cmd, user, workingDir, env, tty, cols, rows }, emit, signal, inbox) {
      const exec = await connection.request(`Starting ${cmd.join(' ')} in ${id}`, (docker) =>
        docker.getContainer(id).exec({
          Cmd: cmd,
          AttachStdin: true,
          AttachStdout: true,
          AttachStderr: true,
          Tty: tty,
          ...(user ? { User: user } : {}),
          ...(workingDir ? { WorkingDir: workingDir } : {}),
          ...(env ? { Env: env } : {}),
        }),
      );
      const stream = (await connection.request('Attaching to the process', () =>
        exec.start({ hijack: true, stdin: true, Tty: tty }),
      )) as unknown as Duplex;
      const resize = (size: { cols: number; rows: number }) => exec.resize({ w: size.cols, h: size.rows }).catch(() => undefined);
      if (tty && cols && rows) void resize({ cols, rows });
      await relay(stream, tty, emit, signal, inbox, resize);
      if (signal.aborted) return;
      const info = await connection.request('Reading the exit code', () => exec.inspect());
      emit({ exitCode: info.ExitCode ?? null });
    },

    async 'containers.attach'({ id, cols, rows }, emit, signal, inbox) {
      const container = await connection.request(`Attaching to ${id}`, async (docker) => docker.getContainer(id));
      const info = await connection.request(`Inspecting ${id}`, () => container.inspect());
      const tty = info.Config?.Tty ?? false;
      const stream = await connection.request(`Attaching to ${id}`, (docker) => attachStream(docker, id));
      const resize = (size: { cols: number; rows: number }) => container.resize({ w: size.cols, h: size.rows }).catch(() => undefined);
      if (tty && cols && rows) void resize({ cols, rows });
      await relay(stream, tty, emit, signal, inbox, resize);
      if (signal.aborted) return; // detached: the container goes on
      const after = await connection.request(`Inspecting ${id}`, () => container.inspect());
      emit({ exitCode: after.State?.Running ? null : (after.State?.ExitCode ?? null) });
    },
  };
}

/**
 * POST /containers/{id}/attach, hijacked, with an empty body. dockerode's `attach` also sends its options as a
 * JSON body, which dockerd ignores and Podman hands to the container's stdin (the shell read `{"stream":true,…}`
 * before the user's first line); docker-modem's `dial` with an empty buffer as the body sends none, on both.
 */
function attachStream(docker: Docker, id: string): Promise<Duplex> {
  const dial = (docker.modem as unknown as { dial(options: object, callback: (error: unknown, stream: Duplex) => void): void }).dial.bind(docker.modem);
  return new Promise((resolve, reject) =>
    dial(
      {
        path: `/containers/${encodeURIComponent(id)}/attach?`,
        method: 'POST',
        isStream: true,
        hijack: true,
        openStdin: true,
        file: Buffer.alloc(0),
        headers: { 'Content-Type': 'text/plain' },
        options: { stream: true, stdin: true, stdout: true, stderr: true },
        statusCodes: { 101: true, 200: true, 404: 'no such container', 500: 'server error' },
      },
      (error, stream) => (error ? reject(error) : resolve(stream)),
    ),
  );
}

/** Pipes a hijacked engine connection to the client and back until either side ends it. */
function relay(
  stream: Duplex,
  tty: boolean,
  emit: (event: TerminalEvent) => void,
  signal: AbortSignal,
  inbox: Inbox<TerminalInput>,
  resize: (size: { cols: number; rows: number }) => void,
): Promise<void> {
  const decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  const pending = { stdout: '', stderr: '' };
  const flush = () => {
    for (const name of ['stdout', 'stderr'] as const) {
      if (pending[name]) emit({ output: pending[name], stream: name });
      pending[name] = '';
    }
  };
  const timer = setInterval(flush, FLUSH_MS);
  const collect = (name: 'stdout' | 'stderr', bytes: Buffer) => (pending[name] += decoders[name].write(bytes));
  const feed = tty ? (chunk: Buffer) => collect('stdout', chunk) : demultiplexer(collect);

  inbox.on((message) => {
    if ('data' in message) stream.write(message.data);
    else resize(message.resize);
  });

  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearInterval(timer);
      signal.removeEventListener('abort', abort);
      if (!signal.aborted) flush();
      if (error && !signal.aborted) reject(error);
      else resolve();
    };
    const abort = () => {
      stream.destroy();
      done();
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    stream.on('data', feed);
    stream.once('end', () => done());
    stream.once('close', () => done());
    stream.once('error', done);
  });
}
