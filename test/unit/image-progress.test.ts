import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BuildOutput, instructionOf } from '../../electron/services/images/build-output.js';
import { diskUsage } from '../../electron/services/system/df-handler.js';
import { freedBytes } from '../../electron/services/images/image-space.js';
import { registryErrorCode } from '../../electron/services/images/registry-errors.js';
import { splitRepoTag, toImageRows } from '../../electron/services/images/summary.js';
import { TransferProgress } from '../../electron/services/images/transfer-progress.js';

describe('pull progress, as the engine reports it', () => {
  test('per-layer states fold into one fraction with bytes; messages pass through; the digest is kept', () => {
    let now = 0;
    const progress = new TransferProgress('pull', () => now);
    assert.deepEqual(progress.update({ status: 'Pulling from team/web', id: '1' }), { message: 'Pulling from team/web' });
    assert.equal(progress.update({ status: 'Already exists', progressDetail: {}, id: 'base' }), 'phase');
    assert.equal(progress.update({ status: 'Pulling fs layer', progressDetail: {}, id: 'a' }), 'phase');
    assert.equal(progress.update({ status: 'Pulling fs layer', progressDetail: {}, id: 'b' }), 'phase');
    progress.update({ status: 'Downloading', progressDetail: { current: 500, total: 1000 }, id: 'a' });
    assert.equal(progress.update({ status: 'Downloading', progressDetail: { current: 1000, total: 3000 }, id: 'b' }), 'phase');
    assert.equal(progress.update({ status: 'Downloading', progressDetail: { current: 1500, total: 3000 }, id: 'b' }), 'bytes');
    let snap = progress.snapshot();
    // a: half downloaded (0.25 of its work), b: half downloaded (0.25); weights 1000 and 3000; the existing layer is not work.
    assert.equal(snap.fraction, 0.25);
    assert.equal(snap.bytesDone, 2000);
    assert.equal(snap.bytesTotal, 4000);
    assert.deepEqual(snap.layers.map((l) => [l.id, l.phase]), [['base', 'exists'], ['a', 'downloading'], ['b', 'downloading']]);

    now = 1000;
    progress.update({ status: 'Download complete', progressDetail: {}, id: 'a' });
    progress.update({ status: 'Extracting', progressDetail: { current: 500, total: 1000 }, id: 'a' });
    progress.update({ status: 'Downloading', progressDetail: { current: 2500, total: 3000 }, id: 'b' });
    snap = progress.snapshot();
    assert.equal(snap.bytesDone, 3500);
    assert.equal(snap.bytesPerSecond, 1500, 'bytes over the window: 2000 → 3500 in one second');
    assert.equal(snap.fraction, (1000 * 0.75 + 3000 * (0.5 * 2500) / 3000) / 4000);

    progress.update({ status: 'Pull complete', progressDetail: {}, id: 'a' });
    progress.update({ status: 'Verifying Checksum', progressDetail: {}, id: 'b' });
    progress.update({ status: 'Download complete', progressDetail: {}, id: 'b' });
    progress.update({ status: 'Pull complete', progressDetail: {}, id: 'b' });
    assert.deepEqual(progress.update({ status: `Digest: sha256:${'d'.repeat(64)}` }), { message: `Digest: sha256:${'d'.repeat(64)}` });
    snap = progress.snapshot();
    assert.equal(snap.fraction, 1);
    assert.equal(snap.bytesDone, 4000);
    assert.equal(progress.digest, `sha256:${'d'.repeat(64)}`);
  });

  test('a pull of layers that all exist is complete, not stuck at zero', () => {
    const progress = new TransferProgress('pull', () => 0);
    progress.update({ status: 'Already exists', id: 'x' });
    assert.equal(progress.snapshot().fraction, 1);
    assert.equal(new TransferProgress('pull', () => 0).snapshot().fraction, 0, 'nothing known yet');
  });
});

describe('push progress', () => {
  test('Pushing counts bytes sent (capped per layer), mounted and existing layers count as done, the aux digest is kept', () => {
    const progress = new TransferProgress('push', () => 0);
    assert.deepEqual(progress.update({ status: 'The push refers to repository [r:5000/web]' }), { message: 'The push refers to repository [r:5000/web]' });
    progress.update({ status: 'Preparing', progressDetail: {}, id: 'a' });
    progress.update({ status: 'Preparing', progressDetail: {}, id: 'b' });
    progress.update({ status: 'Preparing', progressDetail: {}, id: 'c' });
    progress.update({ status: 'Mounted from team/base', progressDetail: {}, id: 'c' });
    progress.update({ status: 'Pushing', progressDetail: { current: 2560, total: 6 }, id: 'a' });
    progress.update({ status: 'Pushing', progressDetail: { current: 1000, total: 4000 }, id: 'b' });
    const snap = progress.snapshot();
    assert.deepEqual(snap.layers.map((l) => l.phase), ['pushing', 'pushing', 'exists']);
    // a: capped at 1 (weight 6), b: a quarter (weight 4000).
    assert.equal(snap.fraction, (6 * 1 + 4000 * 0.25) / 4006);
    assert.equal(snap.bytesDone, 3560);
    progress.update({ status: 'Pushed', progressDetail: {}, id: 'a' });
    progress.update({ status: 'Layer already exists', progressDetail: {}, id: 'b' });
    assert.equal(progress.update({ status: `1: digest: sha256:${'e'.repeat(64)} size: 1150` }) !== null, true);
    assert.equal(progress.update({ progressDetail: {}, aux: { Tag: '1', Digest: `sha256:${'f'.repeat(64)}`, Size: 1150 } }), null);
    assert.equal(progress.digest, `sha256:${'f'.repeat(64)}`);
    assert.equal(progress.snapshot().fraction, 1);
  });
});

describe('registry refusals', () => {
  test('the words registries and dockerd use map to contract codes', () => {
    assert.equal(registryErrorCode('no basic auth credentials'), 'UNAUTHORIZED');
    assert.equal(registryErrorCode('unauthorized: authentication required'), 'UNAUTHORIZED');
    assert.equal(registryErrorCode('denied: requested access to the resource is denied'), 'UNAUTHORIZED');
    assert.equal(registryErrorCode('Head "https://r/v2/x/manifests/1": unauthorized: incorrect username or password'), 'UNAUTHORIZED');
    assert.equal(registryErrorCode('manifest for r/x:1 not found: manifest unknown: manifest unknown'), 'NOT_FOUND');
    assert.equal(registryErrorCode('Get "http://127.0.0.1:1/v2/": dial tcp 127.0.0.1:1: connect: connection refused'), 'UNREACHABLE');
    assert.equal(registryErrorCode('dial tcp: lookup registry.invalid: no such host'), 'UNREACHABLE');
    assert.equal(registryErrorCode('something the engine never said before'), 'INTERNAL');
  });
});

describe('build output', () => {
  test('steps, cache hits, output without colour codes, the image id; text split across messages', () => {
    const output = new BuildOutput();
    const lines = [
      { stream: 'Step 1/3 : FROM base' },
      { stream: '\n' },
      { stream: ' ---> 031a60f0d0a4\n' },
      { stream: 'Step 2/3 : COPY a /a' },
      { stream: '\n ---> Using cache\n ---> af2ca9e247e5\n' },
      { stream: 'Step 3/3 : RUN make' },
      { stream: '\n' },
      { stream: ' ---> Running in f2584dd29985\n' },
      { stream: 'compil' },
      { stream: 'ing\n\u001b[91mwarning: x\n\u001b[0m' },
      { stream: 'Removing intermediate container f2584dd29985\n' },
      { stream: ' ---> 81196f359be7\n' },
      { aux: { ID: `sha256:${'8'.repeat(64)}` } },
      { stream: 'Successfully built 81196f359be7\n' },
      { stream: 'Successfully tagged web:1\n' },
    ].flatMap((message) => output.feed(message));
    assert.deepEqual(
      lines.map((l) => `${l.kind}|${l.step}|${l.text}`),
      [
        'step|1|FROM base',
        'info|1|---> 031a60f0d0a4',
        'step|2|COPY a /a',
        'cached|2|Using cache',
        'info|2|---> af2ca9e247e5',
        'step|3|RUN make',
        'info|3|---> Running in f2584dd29985',
        'output|3|compiling',
        'output|3|warning: x',
        'info|3|Removing intermediate container f2584dd29985',
        'info|3|---> 81196f359be7',
        'info|3|Successfully built 81196f359be7',
        'info|3|Successfully tagged web:1',
      ],
    );
    assert.equal(lines[0]?.totalSteps, 3);
    assert.equal(output.cachedSteps, 1);
    assert.equal(output.stepCount, 3);
    assert.equal(output.imageId, `sha256:${'8'.repeat(64)}`);
    assert.deepEqual(output.stepImages, ['031a60f0d0a4', 'af2ca9e247e5', '81196f359be7']);
    assert.equal(output.failure, null);
  });

  test('an error names the step it stopped at', () => {
    const output = new BuildOutput();
    output.feed({ stream: 'Step 1/2 : FROM base\n' });
    output.feed({ stream: 'Step 2/2 : RUN false\n' });
    const lines = output.feed({ stream: 'half a line', errorDetail: { code: 1, message: "The command '/bin/sh -c false' returned a non-zero code: 1" } });
    assert.deepEqual(lines.map((l) => l.kind), ['output', 'error']);
    assert.deepEqual(output.failure, { message: "The command '/bin/sh -c false' returned a non-zero code: 1", step: 2, totalSteps: 2, instruction: 'RUN false', exitCode: 1 });
  });

  test('history entries back in Dockerfile words', () => {
    assert.equal(instructionOf('/bin/sh -c #(nop)  CMD ["sh"]'), 'CMD ["sh"]');
    assert.equal(instructionOf('/bin/sh -c #(nop) COPY file:abc in /app/ '), 'COPY file:abc in /app/');
    assert.equal(instructionOf('/bin/sh -c make && make install'), 'RUN make && make install');
    assert.equal(instructionOf('|2 A=1 B=two /bin/sh -c echo $A'), 'RUN echo $A');
    assert.equal(instructionOf('/bin/busybox --install -s /bin'), 'RUN /bin/busybox --install -s /bin');
    assert.equal(instructionOf('RUN /bin/sh -c apk add curl # buildkit'), 'RUN /bin/sh -c apk add curl');
    assert.equal(instructionOf('WORKDIR /app'), 'WORKDIR /app');
    assert.equal(instructionOf(''), '');
  });
});

describe('image rows and sizes', () => {
  test('a row per tag, digest-only rows, dangling rows', () => {
    const base = { Id: 'sha256:1', ParentId: '', Created: 5, Size: 10, VirtualSize: 10, SharedSize: -1, Labels: {}, Containers: -1 };
    const users = new Map([['sha256:1', ['web']]]);
    assert.deepEqual(
      toImageRows({ ...base, RepoTags: ['r:5000/a/b:1', 'b:latest'], RepoDigests: [`r:5000/a/b@sha256:${'a'.repeat(64)}`] }, users).map((r) => [r.repository, r.tag, r.digest, r.containers]),
      [
        ['r:5000/a/b', '1', `sha256:${'a'.repeat(64)}`, ['web']],
        ['b', 'latest', null, ['web']],
      ],
    );
    assert.deepEqual(
      toImageRows({ ...base, RepoTags: [], RepoDigests: [`team/x@sha256:${'b'.repeat(64)}`] }, new Map()).map((r) => [r.repository, r.tag, r.dangling]),
      [['team/x', '<none>', true]],
    );
    assert.deepEqual(
      toImageRows({ ...base, RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'] }, new Map()).map((r) => [r.repository, r.tag, r.dangling, r.containers]),
      [['<none>', '<none>', true, []]],
    );
    assert.deepEqual(splitRepoTag('r:5000/web'), ['r:5000/web', '<none>']);
    assert.deepEqual(splitRepoTag('r:5000/web:2'), ['r:5000/web', '2']);
  });

  test('space freed: layers no kept image shares, each counted once', () => {
    const step = (createdBy: string, size: number) => ({ Created: 1, CreatedBy: createdBy, Size: size });
    const base = [step('COPY busybox', 100), step('FROM scratch', 0)];
    const a = [step('RUN a', 30), ...base];
    const b = [step('RUN b', 20), step('RUN a', 30), ...base];
    const other = [step('RUN a', 30), step('COPY other', 7)];
    assert.equal(freedBytes([a], [base]), 30);
    assert.equal(freedBytes([a, b], [base]), 50, 'a’s layer is under b too: counted once');
    assert.equal(freedBytes([b], [a, base]), 20);
    assert.equal(freedBytes([a], [other]), 130, 'the same step on another base is another layer');
    assert.equal(freedBytes([], [a]), 0);
  });

  test('disk usage as the docker CLI adds it up', () => {
    const usage = diskUsage({
      LayersSize: 1000,
      Images: [
        { Containers: 2, Size: 600, SharedSize: 200 },
        { Containers: 0, Size: 500, SharedSize: 200 },
        { Containers: 1, Size: -1, SharedSize: -1 },
      ],
      Containers: [{ State: 'running', SizeRw: 5 }, { State: 'exited', SizeRw: 7 }, { State: 'paused', SizeRw: 1 }],
      Volumes: [{ UsageData: { Size: 50, RefCount: 1 } }, { UsageData: { Size: 30, RefCount: 0 } }, { UsageData: { Size: -1, RefCount: 0 } }],
      BuildCache: [{ Size: 10, InUse: true, Shared: false }, { Size: 20, InUse: false, Shared: false }, { Size: 40, InUse: false, Shared: true }],
      BuilderSize: 30,
    });
    assert.deepEqual(usage.images, { total: 3, active: 2, sizeBytes: 1000, reclaimableBytes: 600 });
    assert.deepEqual(usage.containers, { total: 3, active: 2, sizeBytes: 13, reclaimableBytes: 7 });
    assert.deepEqual(usage.volumes, { total: 3, active: 1, sizeBytes: 80, reclaimableBytes: 30 });
    assert.deepEqual(usage.buildCache, { total: 3, active: 1, sizeBytes: 30, reclaimableBytes: 20 });
    assert.equal(usage.totalBytes, 1123);
    assert.equal(usage.reclaimableBytes, 657);
  });
});
