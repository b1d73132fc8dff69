import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, removeContainersNamed, testEnv, uniqueName, waitFor } from '../support/env.js';

const prefix = uniqueName('files');
let core: Core;
const call: Core['caller']['call'] = (op, input, options) => core.caller.call(op, input, options);

async function download(id: string, path: string) {
  const events: { fileName?: string; kind?: string; sizeBytes?: number | null; chunkBase64?: string }[] = [];
  await core.router.stream('containers.files.download', { id, path }, (e) => events.push(e as (typeof events)[number]), new AbortController().signal);
  const [head, ...chunks] = events;
  return { head, bytes: Buffer.concat(chunks.map((c) => Buffer.from(c.chunkBase64 ?? '', 'base64'))) };
}

describe('container files, changes and commit against the real engine', () => {
  before(async () => {
    core = await startCore();
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
    await docker('rmi', '-f', `berth-test/${prefix}:committed`).catch(() => {});
  });

  test('list a folder of a stopped container with kinds, sizes, modes and link targets', async () => {
    const id = await docker('create', '--name', `${prefix}-stopped`, testEnv().image, 'true');
    const { entries } = await call('containers.files.list', { id, path: '/' });
    const bin = entries.find((e) => e.name === 'bin');
    assert.equal(bin?.type, 'directory');
    assert.ok((bin?.sizeBytes ?? 0) > 500_000, 'a folder’s size is the total of its files (busybox is in /bin)');
    assert.equal(entries[0]?.type, 'directory', 'folders come first');
    const inBin = await call('containers.files.list', { id, path: '/bin' });
    const sh = inBin.entries.find((e) => e.name === 'sh');
    assert.equal(sh?.type, 'symlink');
    assert.equal(sh?.linkTarget, '/bin/busybox');
    const busybox = inBin.entries.find((e) => e.name === 'busybox');
    assert.equal(busybox?.mode, 0o755);
    assert.ok((busybox?.modified ?? 0) > Date.parse('2000-01-01'));
    await assert.rejects(call('containers.files.list', { id, path: '/bin/busybox' }), { code: 'INVALID_INPUT', message: /not a folder/ });
    await assert.rejects(call('containers.files.list', { id, path: '/no/such' }), { code: 'NOT_FOUND' });
  });

  test('upload files into a running container, read them with the CLI, download them back', async () => {
    const id = await docker('run', '-d', '--name', `${prefix}-up`, testEnv().image, 'sleep', '3600');
    await docker('exec', id, 'mkdir', '-p', '/srv/data');
    const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256));
    await call('containers.files.upload', {
      id,
      folder: '/srv/data',
      files: [
        { name: 'note.txt', contentBase64: Buffer.from('uploaded by berth\n').toString('base64') },
        { name: 'blob.bin', contentBase64: binary.toString('base64') },
      ],
    });
    assert.equal(await docker('exec', id, 'cat', '/srv/data/note.txt'), 'uploaded by berth');
    const file = await download(id, '/srv/data/blob.bin');
    assert.deepEqual(file.head, { fileName: 'blob.bin', kind: 'file', sizeBytes: 3000 });
    assert.deepEqual(file.bytes, binary);
    const folder = await download(id, '/srv/data');
    assert.equal(folder.head?.kind, 'tar');
    assert.equal(folder.head?.fileName, 'data.tar');
    assert.ok(folder.bytes.includes(Buffer.from('uploaded by berth')), 'the folder archive holds the file');
    await assert.rejects(call('containers.files.upload', { id, folder: '/srv', files: [{ name: '../escape', contentBase64: '' }] }), { code: 'INVALID_INPUT' });
  });

  test('an unchanged container has no changes (the engine says null)', async () => {
    const id = await docker('create', '--name', `${prefix}-clean`, testEnv().image, 'true');
    assert.deepEqual(await call('containers.changes', { id }), []);
  });

  test('changes show added, changed and deleted paths like docker diff', async () => {
    const id = await docker('run', '-d', '--name', `${prefix}-diff`, testEnv().image, 'sh', '-c', 'echo x > /added.txt; rm /bin/vi; touch /bin; sleep 3600');
    await waitFor(async () => (await docker('exec', id, 'ls', '/added.txt')) === '/added.txt', 'the file to be written');
    const changes = await call('containers.changes', { id });
    assert.deepEqual(changes.find((c) => c.path === '/added.txt')?.kind, 'added');
    assert.deepEqual(changes.find((c) => c.path === '/bin/vi')?.kind, 'deleted');
    assert.deepEqual(changes.find((c) => c.path === '/bin')?.kind, 'changed');
  });

  test('commit with author, message and a changed CMD; paused by default', async () => {
    const id = await docker('run', '-d', '--name', `${prefix}-commit`, testEnv().image, 'sh', '-c', 'echo data > /made.txt; sleep 3600');
    await waitFor(async () => (await docker('exec', id, 'cat', '/made.txt')) === 'data', 'the file to be written');
    const paused: string[] = [];
    const controller = new AbortController();
    const events = core.router.stream('engine.events', { types: ['container'] }, (e) => {
      const event = e as { kind: string; id: string; action: string };
      if (event.kind === 'engine' && event.id === id) paused.push(event.action);
    }, controller.signal);
    const { imageId } = await call('containers.commit', {
      id,
      repository: `berth-test/${prefix}`,
      tag: 'committed',
      author: 'Berth Tester <test@localhost>',
      message: 'with a new command',
      changes: ['CMD ["cat", "/made.txt"]', 'ENV COMMITTED=yes'],
    });
    assert.match(imageId, /^sha256:/);
    const image = `berth-test/${prefix}:committed`;
    assert.equal(await docker('image', 'inspect', '--format', '{{json .Config.Cmd}}', image), '["cat","/made.txt"]');
    assert.equal(await docker('image', 'inspect', '--format', '{{.Author}}|{{.Comment}}', image), 'Berth Tester <test@localhost>|with a new command');
    assert.match(await docker('image', 'inspect', '--format', '{{json .Config.Env}}', image), /COMMITTED=yes/);
    assert.equal(await docker('run', '--rm', image), 'data', 'the new image runs its new CMD on the committed filesystem');
    await waitFor(() => paused.includes('pause') && paused.includes('unpause'), 'pause and unpause around the commit');
    controller.abort();
    await events;
    await assert.rejects(call('containers.commit', { id, changes: ['RUN rm -rf /'] }), { code: 'INVALID_INPUT' });
  });
});

describe('compose projects against the real engine', () => {
  before(async () => {
    core = await startCore();
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
  });

  test('stop, start, restart, merged logs and remove act on every container of the project and nothing else', async () => {
    const project = `${prefix}-proj`;
    const labels = (service: string) => ['--label', `com.docker.compose.project=${project}`, '--label', `com.docker.compose.service=${service}`];
    const web = await docker('run', '-d', '--name', `${prefix}-proj_web_1`, ...labels('web'), testEnv().image, 'sh', '-c', 'echo web-says-hi; sleep 3600');
    const db = await docker('run', '-d', '--name', `${prefix}-proj_db_1`, ...labels('db'), '-v', '/data', testEnv().image, 'sh', '-c', 'echo db-says-hi >&2; sleep 3600');
    const outsider = await docker('run', '-d', '--name', `${prefix}-outsider`, testEnv().image, 'sleep', '3600');
    const state = async (id: string) => docker('inspect', '--format', '{{.State.Status}}', id);

    const lines: { container: string; stream: string; text: string }[] = [];
    await core.router.stream('compose.logs', { project, follow: false }, (e) => lines.push(...(e as { lines: typeof lines }).lines), new AbortController().signal);
    assert.deepEqual(
      lines.map((l) => `${l.container}|${l.stream}|${l.text}`).sort(),
      [`${prefix}-proj_db_1|stderr|db-says-hi`, `${prefix}-proj_web_1|stdout|web-says-hi`],
    );

    assert.deepEqual((await call('compose.stop', { project })).ids.sort(), [web, db].sort());
    assert.deepEqual([await state(web), await state(db), await state(outsider)], ['exited', 'exited', 'running']);
    await call('compose.start', { project });
    assert.deepEqual([await state(web), await state(db)], ['running', 'running']);
    await call('compose.restart', { project });
    assert.deepEqual([await state(web), await state(db)], ['running', 'running']);
    const volume = await docker('inspect', '--format', '{{range .Mounts}}{{.Name}}{{end}}', db);
    await call('compose.remove', { project, volumes: true });
    assert.equal(await docker('ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`), '');
    assert.equal(await docker('volume', 'ls', '-q', '--filter', `name=${volume}`), '');
    assert.equal(await state(outsider), 'running');
  });
});
