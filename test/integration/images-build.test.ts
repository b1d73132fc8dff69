import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { BerthError } from '../../shared/contract/errors.js';
import type { BuildEvent, BuildLine } from '../../shared/contract/images.js';
import { docker, onPodman, testEnv, uniqueName, waitFor } from '../support/env.js';
import { makeFolder, removeImages, startImages, type ImageTester } from '../support/images.js';

const prefix = uniqueName('build');
const label = { 'dev.berth.test': prefix };
const tag = `berth-test/${prefix}:1`;
let images: ImageTester;
const folders: { dispose(): void }[] = [];
/** Step images a failed build leaves behind (the builder keeps them as cache); removed at the end. */
const leftovers: string[] = [];

const linesOf = (events: BuildEvent[]) => events.flatMap((event) => (event.kind === 'log' ? event.lines : []));
const doneOf = (events: BuildEvent[]) => {
  const done = events.find((event) => event.kind === 'done');
  assert.ok(done && done.kind === 'done', 'the build ends with the new image');
  return done;
};

function fixture() {
  const folder = makeFolder({
    Dockerfile: [
      `FROM ${testEnv().image}`,
      'COPY app.txt /app/',
      'COPY . /ctx/',
      'RUN echo "built at $(date +%s%N)" > /app/built.txt',
      'ENV GREETING=hi',
      'EXPOSE 8080',
      'CMD ["cat", "/app/app.txt"]',
      '',
    ].join('\n'),
    // Unique content, so that the first build of this run cannot be served from another run's cache.
    'app.txt': `hello from ${prefix}\n`,
    'secret.txt': 'must not reach the engine\n',
    'notes.tmp': 'excluded by a wildcard\n',
    'logs/debug.log': 'excluded with its folder\n',
    'logs/keep.log': 'brought back by an exception\n',
    'sub/nested.txt': 'sent\n',
    '.dockerignore': 'secret.txt\n*.tmp\nlogs\n!logs/keep.log\n',
  });
  folders.push(folder);
  return folder.dir;
}

describe('images.build against the real engine', () => {
  let context: string;
  let firstId: string;

  before(async () => {
    images = await startImages();
    context = fixture();
  });
  after(async () => {
    images.dispose();
    const labelled = await docker('images', '-q', '--no-trunc', '--filter', `label=dev.berth.test=${prefix}`);
    await removeImages(...new Set(labelled.split('\n').filter(Boolean)), ...leftovers);
    for (const folder of folders) folder.dispose();
  });

  test('builds a folder: every step logged, .dockerignore honoured, the new image id at the end', async () => {
    const events = await images.stream('images.build', { context, tags: [tag], labels: label });
    const done = doneOf(events);
    firstId = done.imageId;
    assert.equal(done.imageId, await docker('image', 'inspect', '--format', '{{.Id}}', tag));
    assert.deepEqual(done.tags, [tag]);
    assert.equal(done.totalSteps, 8, 'seven in the Dockerfile, and the labels given to the build as an eighth');
    assert.equal(done.cachedSteps, 0, 'unique content: nothing cached the first time');

    const lines = linesOf(events);
    assert.match(lines[0]?.text ?? '', /^Sending build context: 5 files, \d+ B$/, 'the context size is reported first (secret, .tmp and debug.log left out)');
    const steps = lines.filter((line) => line.kind === 'step');
    assert.deepEqual(
      steps.map((line) => `${line.step}/${line.totalSteps} ${line.text}`),
      [
        `1/8 FROM ${testEnv().image}`,
        '2/8 COPY app.txt /app/',
        '3/8 COPY . /ctx/',
        '4/8 RUN echo "built at $(date +%s%N)" > /app/built.txt',
        '5/8 ENV GREETING=hi',
        '6/8 EXPOSE 8080',
        '7/8 CMD ["cat", "/app/app.txt"]',
        // Buildah writes the labels given to the build quoted.
        onPodman() ? `8/8 LABEL "dev.berth.test"="${prefix}"` : `8/8 LABEL dev.berth.test=${prefix}`,
      ],
    );
    assert.equal(lines.filter((line) => line.kind === 'cached').length, 0);

    const sent = (await docker('run', '--rm', tag, 'find', '/ctx', '-type', 'f')).split('\n').sort();
    assert.deepEqual(sent, ['/ctx/.dockerignore', '/ctx/Dockerfile', '/ctx/app.txt', '/ctx/logs/keep.log', '/ctx/sub/nested.txt']);
    assert.equal(await docker('run', '--rm', tag), `hello from ${prefix}`);
  });

  test('building again reuses the cache for every step, and says so per step', async () => {
    const events = await images.stream('images.build', { context, tags: [tag], labels: label });
    const done = doneOf(events);
    assert.equal(done.imageId, firstId, 'the same image');
    assert.equal(done.cachedSteps, 7, 'every step after FROM');
    const cached = linesOf(events).filter((line) => line.kind === 'cached');
    assert.deepEqual(cached.map((line) => line.step), [2, 3, 4, 5, 6, 7, 8]);
  });

  test('noCache builds every step again: no cache hits, a new image', async () => {
    const events = await images.stream('images.build', { context, tags: [tag], labels: label, noCache: true });
    const done = doneOf(events);
    assert.equal(done.cachedSteps, 0);
    assert.equal(linesOf(events).filter((line) => line.kind === 'cached').length, 0);
    assert.notEqual(done.imageId, firstId, 'the RUN step ran again');
  });

  test('history shows the Dockerfile’s steps, newest first, with sizes; inspect shows its config', async () => {
    const history = await images.call('images.history', { image: tag });
    // The API's labels come last, as a step of their own.
    const ours = history.slice(0, 8).map((entry) => entry.instruction);
    // Buildah writes the labels given to the build quoted.
    assert.match(ours[0] ?? '', onPodman() ? /^LABEL "dev\.berth\.test"=/ : /^LABEL dev\.berth\.test=/);
    // How each builder writes an exec-form CMD into the history.
    assert.equal(ours[1], onPodman() ? 'CMD ["cat", "/app/app.txt"]' : 'CMD ["cat" "/app/app.txt"]');
    assert.match(ours[2] ?? '', /^EXPOSE (8080|map\[8080\/tcp:\{\}\])/);
    assert.equal(ours[3], 'ENV GREETING=hi');
    assert.equal(ours[4], 'RUN echo "built at $(date +%s%N)" > /app/built.txt');
    assert.match(ours[5] ?? '', /^COPY dir:[0-9a-f]+ in \/ctx\/$/);
    assert.match(ours[6] ?? '', /^COPY file:[0-9a-f]+ in \/app\/$/);
    const fileSize = Buffer.byteLength(`hello from ${prefix}\n`);
    if (onPodman()) {
      // Podman gives a layer's size as its tar (the file, its folder's entries, the tar's blocks).
      const size = history[6]?.sizeBytes ?? 0;
      assert.ok(size >= fileSize && size <= fileSize + 4096, `the COPY layer holds the file: ${size} B`);
    } else assert.equal(history[6]?.sizeBytes, fileSize, 'the COPY layer is the size of the file');
    assert.equal(history[0]?.id, await docker('image', 'inspect', '--format', '{{.Id}}', tag));
    assert.deepEqual(history[0]?.tags, [tag]);
    assert.equal(ours[7], 'CMD ["sh"]', 'then the base image’s own steps');

    const details = await images.call('images.inspect', { image: tag });
    assert.deepEqual(details.config.exposedPorts, [{ port: 8080, protocol: 'tcp' }]);
    assert.ok(details.config.env.includes('GREETING=hi'));
    assert.deepEqual(details.config.cmd, ['cat', '/app/app.txt']);
    assert.equal(details.config.labels['dev.berth.test'], prefix);
    assert.deepEqual(details.repoTags, [tag]);
    assert.equal(details.os, 'linux');
    assert.ok(details.architecture);
    assert.equal(details.layers.length, 5, 'the fixture’s two, then COPY, COPY and RUN (ENV, EXPOSE, CMD and LABEL add none)');
  });

  test('build args, a target stage, and a Dockerfile outside the context', async () => {
    const elsewhere = makeFolder({
      'build.Dockerfile': [
        `FROM ${testEnv().image} AS base`,
        'ARG GREETING=none',
        'COPY app.txt /app.txt',
        'RUN echo "$GREETING" > /greeting',
        'FROM base AS broken',
        'RUN exit 1',
        '',
      ].join('\n'),
    });
    folders.push(elsewhere);
    const targetTag = `berth-test/${prefix}:target`;
    const events = await images.stream('images.build', {
      context,
      dockerfile: path.join(elsewhere.dir, 'build.Dockerfile'),
      tags: [targetTag],
      buildArgs: { GREETING: `hello-${prefix}` },
      target: 'base',
      labels: label,
    });
    doneOf(events);
    assert.equal(await docker('run', '--rm', targetTag, 'cat', '/greeting'), `hello-${prefix}`, 'the build arg reached RUN');
    assert.equal(await docker('run', '--rm', targetTag, 'cat', '/app.txt'), `hello from ${prefix}`, 'COPY read the context');
    assert.ok(!linesOf(events).some((line) => line.text === 'RUN exit 1'), 'the stage after the target was not built');
  });

  test('a relative Dockerfile path inside the context', async () => {
    const folder = makeFolder({ 'docker/web.Dockerfile': `FROM ${testEnv().image}\nCMD ["echo", "${prefix}"]\n`, 'docker/.keep': '' });
    folders.push(folder);
    const events = await images.stream('images.build', { context: folder.dir, dockerfile: 'docker/web.Dockerfile', labels: label });
    const done = doneOf(events);
    assert.equal(await docker('run', '--rm', done.imageId), prefix);
  });

  test('a failing step is named in the error and pointed at in the log; its container does not linger', async () => {
    const folder = makeFolder({
      Dockerfile: `FROM ${testEnv().image}\nRUN echo "${prefix} step two"\nRUN echo failing >&2; exit 3\nCMD ["sh"]\n`,
    });
    folders.push(folder);
    const error = (await images.stream('images.build', { context: folder.dir }).then(
      () => assert.fail('the build should fail'),
      (failure: unknown) => failure,
    )) as BerthError & { events: BuildEvent[] };
    assert.equal(error.code, 'INVALID_INPUT');
    // The builder's own words for the failure: the classic builder's, or Buildah's.
    const reason = onPodman() ? 'while running runtime: exit status 3' : 'The command .* returned a non-zero code: 3';
    assert.match(error.message, new RegExp(`^Step 3/4 \\(RUN echo failing >&2; exit 3\\) failed: ${reason}$`));
    assert.deepEqual(error.details, { step: 3, totalSteps: 4, instruction: 'RUN echo failing >&2; exit 3', exitCode: 3 });
    const lines = linesOf(error.events);
    const errorLine = lines.find((line) => line.kind === 'error');
    assert.equal(errorLine?.step, 3);
    assert.ok(lines.some((line: BuildLine) => line.kind === 'output' && line.step === 3 && line.text === 'failing'), 'the step’s stderr, without colour codes');
    // The layer a step left: " ---> 81196f359be7" from the classic builder, "--> 2cbb756aa34" from Buildah.
    const stepTwo = lines.filter((line) => line.kind === 'info' && line.step === 2 && /^--?-> [0-9a-f]{11,12}$/.test(line.text)).pop();
    assert.ok(stepTwo, 'step 2 finished with a layer');
    const parent = stepTwo.text.replace(/^--?-> /, '');
    leftovers.push(parent);
    assert.equal(await docker('ps', '-aq', '--filter', `ancestor=${parent}`), '', 'the failed step’s container was removed (force-rm)');
  });

  test('a Dockerfile the engine cannot parse: the error quotes the line', async () => {
    const folder = makeFolder({ Dockerfile: `FROM ${testEnv().image}\nFROBNICATE the widgets\n` });
    folders.push(folder);
    await assert.rejects(images.stream('images.build', { context: folder.dir }), {
      code: 'INVALID_INPUT',
      message: 'Dockerfile line 2 (FROBNICATE the widgets): unknown instruction: FROBNICATE',
    });
  });

  test('a missing context, a file as context, a missing Dockerfile and a bad tag: clear errors before anything is sent', async () => {
    const missing = `/tmp/${prefix}-no-such-folder`;
    await assert.rejects(images.stream('images.build', { context: missing }), { code: 'INVALID_INPUT', message: `The build context ${missing} does not exist.` });
    const file = path.join(context, 'app.txt');
    await assert.rejects(images.stream('images.build', { context: file }), { code: 'INVALID_INPUT', message: `The build context ${file} is not a folder.` });
    await assert.rejects(images.stream('images.build', { context, dockerfile: 'Nope.Dockerfile' }), {
      code: 'INVALID_INPUT',
      message: `There is no Dockerfile at ${path.join(context, 'Nope.Dockerfile')}.`,
    });
    await assert.rejects(images.stream('images.build', { context: 'relative/folder' }), { code: 'INVALID_INPUT', message: /context: an absolute path on this computer/ });
    await assert.rejects(images.stream('images.build', { context, tags: ['Team/App:1'] }), {
      code: 'INVALID_INPUT',
      message: /tags\.0: uppercase letters are not allowed in a repository name: "Team\/App"/,
    });
    await assert.rejects(images.stream('images.build', { context, buildArgs: { 'not valid': 'x' } }), { code: 'INVALID_INPUT' });
  });

  test('cancelling a build stops it: the running step’s container goes, no image is tagged', async () => {
    // `&& true`: the shell stays (busybox sh would exec a last command in its place), its command line naming the test.
    const folder = makeFolder({ Dockerfile: `FROM ${testEnv().image}\nRUN echo "${prefix}" && sleep 20 && true\n` });
    folders.push(folder);
    const cancelTag = `berth-test/${prefix}:cancelled`;
    const controller = new AbortController();
    const running = images.stream('images.build', { context: folder.dir, tags: [cancelTag] }, { signal: controller.signal }).then(
      (events) => events,
      (error: unknown) => ((error as { events?: BuildEvent[] }).events ?? []),
    );
    let container = '';
    if (onPodman()) {
      // Buildah runs a RUN step inside Podman's service, not as a container the API lists: the step's own process
      // (its command line holds the prefix) is what must go.
      await cancelBuildahStep(folder.dir, cancelTag);
      return;
    }
    try {
      await waitFor(async () => {
        container = await docker('ps', '--filter', `ancestor=${testEnv().image}`, '--filter', 'status=running', '--no-trunc', '--format', '{{.ID}} {{.Command}}').then(
          (out) => out.split('\n').find((row) => row.includes(prefix))?.split(' ')[0] ?? '',
        );
        return container;
      }, 'the RUN step to start its container');
    } finally {
      controller.abort(); // whatever happened: a build left running would tag its image a minute later
    }
    await running;
    await waitFor(async () => (await docker('ps', '-aq', '--filter', `id=${container}`)) === '', 'the step’s container to be removed', 30000);
    await assert.rejects(docker('image', 'inspect', cancelTag), /No such image/);
  });

  /** The Podman side of the cancel test above: the step seen running (its output), cancelled, its process gone. */
  async function cancelBuildahStep(context: string, cancelTag: string): Promise<void> {
    const controller = new AbortController();
    let started = false;
    const running = images
      .stream('images.build', { context, tags: [cancelTag] }, { signal: controller.signal, onEvent: (event) => {
        if (event.kind === 'log' && event.lines.some((line) => line.kind === 'output' && line.text === prefix)) started = true;
      } })
      .catch(() => undefined);
    try {
      await waitFor(() => started, 'the RUN step to print its first line');
      assert.notEqual(await stepProcesses(), '', 'the step runs');
    } finally {
      controller.abort();
    }
    const events = await running;
    assert.ok(!events?.some((event) => event.kind === 'done'), 'the stream ended as cancelled, with no result');
    // Podman finishes a build its client left (the engine page says so): the step runs on and the image is tagged.
    assert.notEqual(await stepProcesses(), '', 'the step still runs in Podman');
    await waitFor(() => docker('image', 'inspect', '--format', '{{.Id}}', cancelTag).catch(() => ''), 'Podman to finish the build', 60000);
    await docker('rmi', cancelTag);
  }

  const stepProcesses = () =>
    promisify(execFile)('pgrep', ['-f', `${prefix}.*sleep 20`]).then(
      ({ stdout }) => stdout.trim(),
      () => '',
    );

  test('context files are read from disk as they are: a symlink stays a symlink, a large file arrives whole', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 123, 7);
    const folder = makeFolder({ Dockerfile: `FROM ${testEnv().image}\nCOPY . /ctx/\n`, 'big.bin': big, [`${'deep/'.repeat(25)}file.txt`]: 'long path\n' });
    folders.push(folder);
    fs.symlinkSync('big.bin', path.join(folder.dir, 'link'));
    const done = doneOf(await images.stream('images.build', { context: folder.dir, labels: label }));
    assert.equal(await docker('run', '--rm', done.imageId, 'readlink', '/ctx/link'), 'big.bin');
    assert.equal(await docker('run', '--rm', done.imageId, 'stat', '-c', '%s', '/ctx/big.bin'), String(big.length));
    assert.equal(await docker('run', '--rm', done.imageId, 'cat', `/ctx/${'deep/'.repeat(25)}file.txt`), 'long path', 'a name longer than 100 bytes');
  });
});
