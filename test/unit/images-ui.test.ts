import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type { BerthClient, StreamHandlers } from '../../shared/client.js';
import { BerthError } from '../../shared/contract/errors.js';
import type { BuildLine, ImageSummary } from '../../shared/contract/images.js';
import { cacheVerdicts, checkBuildForm, emptyBuildForm, groupBuildLog } from '../../renderer/src/features/images/build-form.js';
import { distinctImages, filterCounts, rowLabel, rowReference, shortImageId, viewImages } from '../../renderer/src/features/images/image-rows.js';
import { checkReference, failedBuildStep, instructionBody, instructionKeyword, registryToSignIn, tagEffect } from '../../renderer/src/features/images/image-words.js';
import { applyBuild, builtImage, cancelJob, getJob, jobFraction, jobs, MAX_FINISHED_JOBS, resetJobsForTests, retryJob, startJob, type BuildJob } from '../../renderer/src/features/images/jobs/jobs.js';
import { blockedByContainers, planRemoval, removalWords } from '../../renderer/src/features/images/remove-plan.js';
import { testT } from '../support/i18n.js';

const t = await testT('images');

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const C = `sha256:${'c'.repeat(64)}`;

function row(id: string, repository: string, tag: string, over: Partial<ImageSummary> = {}): ImageSummary {
  return { id, repository, tag, digest: null, created: 100, sizeBytes: 1000, dangling: repository === '<none>' && tag === '<none>', containers: [], labels: {}, ...over };
}

const list: ImageSummary[] = [
  row(A, 'busybox', 'latest', { created: 300, containers: ['web'] }),
  row(A, '127.0.0.1:5555/team/box', '1', { created: 300, containers: ['web'] }),
  row(B, 'team/app', '2', { created: 200, sizeBytes: 5000 }),
  row(C, '<none>', '<none>', { created: 100, sizeBytes: 10 }),
];

describe('images list: filter, search, sort', () => {
  test('filters: in use, unused, dangling', () => {
    const ids = (filter: 'all' | 'in-use' | 'unused' | 'dangling') => viewImages(list, { filter, search: '', sort: { key: 'created', direction: 'desc' } }).map((r) => rowLabel(t, r));
    assert.deepEqual(ids('in-use'), ['127.0.0.1:5555/team/box:1', 'busybox:latest']);
    assert.deepEqual(ids('unused'), ['team/app:2', `untagged image ${'c'.repeat(12)}`]);
    assert.deepEqual(ids('dangling'), [`untagged image ${'c'.repeat(12)}`]);
    assert.deepEqual(filterCounts(list), { all: 4, 'in-use': 2, unused: 2, dangling: 1 });
  });

  test('search matches repository:tag, ids with or without sha256:, and container names', () => {
    const find = (search: string) => viewImages(list, { filter: 'all', search, sort: { key: 'repository', direction: 'asc' } }).map(rowReference);
    assert.deepEqual(find('box:lat'), ['busybox:latest']);
    assert.deepEqual(find('bbbbbb'), ['team/app:2']);
    assert.deepEqual(find(`sha256:${'c'.repeat(5)}`), ['cccccccccccc']);
    assert.deepEqual(find('WEB'), ['127.0.0.1:5555/team/box:1', 'busybox:latest']);
  });

  test('sorting: <none> last in ascending order, sizes and containers numerically', () => {
    const sorted = (key: 'repository' | 'size' | 'containers', direction: 'asc' | 'desc') =>
      viewImages(list, { filter: 'all', search: '', sort: { key, direction } }).map(rowReference);
    assert.deepEqual(sorted('repository', 'asc'), ['127.0.0.1:5555/team/box:1', 'busybox:latest', 'team/app:2', 'cccccccccccc']);
    assert.deepEqual(sorted('size', 'desc')[0], 'team/app:2');
    assert.deepEqual(sorted('size', 'asc')[0], 'cccccccccccc');
    assert.deepEqual(sorted('containers', 'desc').slice(0, 2).sort(), ['127.0.0.1:5555/team/box:1', 'busybox:latest']);
  });

  test('distinct images count once however many tags they have', () => {
    assert.deepEqual(distinctImages(list), { count: 3, sizeBytes: 6010 });
    assert.equal(shortImageId(A), 'aaaaaaaaaaaa');
  });

  test('a digest-only row is referred to by its digest', () => {
    const digest = `sha256:${'d'.repeat(64)}`;
    assert.equal(rowReference(row(A, 'team/app', '<none>', { digest })), `team/app@${digest}`);
    assert.equal(rowLabel(t, row(A, 'team/app', '<none>', { digest })), 'team/app untagged aaaaaaaaaaaa');
  });
});

describe('remove plan: docker rmi semantics in words', () => {
  test('one of several tags only untags; the image stays', () => {
    const [plan] = planRemoval([list[0]!], list);
    assert.ok(plan);
    assert.equal(plan.deletes, false);
    assert.deepEqual(plan.refs, ['busybox:latest']);
    assert.match(removalWords(t, plan), /^Removes the tag busybox:latest; the image stays because it has another tag \(127\.0\.0\.1:5555\/team\/box:1\)\.$/);
    assert.deepEqual(blockedByContainers([plan]), [], 'untagging is never refused for containers');
  });

  test('every tag of an image deletes it, and containers made from it block without force', () => {
    const [plan] = planRemoval([list[0]!, list[1]!], list);
    assert.ok(plan);
    assert.equal(plan.deletes, true);
    assert.deepEqual(plan.refs, ['busybox:latest', '127.0.0.1:5555/team/box:1']);
    assert.match(removalWords(t, plan), /^Deletes the image aaaaaaaaaaaa: all its tags/);
    assert.equal(blockedByContainers([plan]).length, 1);
  });

  test('the only tag deletes the image; a dangling image is removed by id', () => {
    const [single] = planRemoval([list[2]!], list);
    assert.equal(single?.deletes, true);
    assert.match(removalWords(t, single!), /^Deletes the image bbbbbbbbbbbb: its only tag team\/app:2 goes/);
    const [dangling] = planRemoval([list[3]!], list);
    assert.deepEqual(dangling?.refs, [C]);
    assert.equal(removalWords(t, dangling!), 'Deletes the untagged image cccccccccccc.');
  });
});

describe('references in the dialogs', () => {
  test('a good reference shows its full form; a bad one the parser’s own words', () => {
    assert.deepEqual(checkReference(t, 'busybox', 'pull'), { state: 'ok', canonical: 'docker.io/library/busybox:latest', familiar: 'busybox:latest', registry: 'docker.io' });
    assert.deepEqual(checkReference(t, '  ', 'pull'), { state: 'empty' });
    const bad = checkReference(t, 'Bad Ref!', 'pull');
    assert.equal(bad.state, 'error');
    assert.match(bad.state === 'error' ? bad.message : '', /cannot contain spaces/);
    const upper = checkReference(t, 'Team/app', 'pull');
    assert.match(upper.state === 'error' ? upper.message : '', /uppercase/);
    const digest = checkReference(t, `app@sha256:${'e'.repeat(64)}`, 'taggable');
    assert.match(digest.state === 'error' ? digest.message : '', /has a digest/);
  });

  test('a tag: new, already this image’s, or moved from another image', () => {
    assert.deepEqual(tagEffect('team/app:3', { id: B }, list), { kind: 'add' });
    assert.deepEqual(tagEffect('docker.io/team/app:2', { id: B }, list), { kind: 'same' });
    assert.deepEqual(tagEffect('team/app:2', { id: A }, list), { kind: 'move', from: B });
    assert.equal(tagEffect('Nope!', { id: A }, list), null);
  });

  test('sign in where main says, else at the reference’s registry; never for other errors', () => {
    assert.equal(registryToSignIn(new BerthError('UNAUTHORIZED', 'x', { registry: 'r.example:5000' }), 'busybox'), 'r.example:5000');
    assert.equal(registryToSignIn(new BerthError('UNAUTHORIZED', 'x'), '127.0.0.1:5555/a/b:1'), '127.0.0.1:5555');
    assert.equal(registryToSignIn(new BerthError('UNAUTHORIZED', 'x'), 'busybox'), 'docker.io');
    assert.equal(registryToSignIn(new BerthError('NOT_FOUND', 'x'), 'busybox'), null);
  });

  test('history instructions: keyword and body', () => {
    assert.equal(instructionKeyword('CMD ["sh"]'), 'CMD');
    assert.equal(instructionBody('CMD ["sh"]'), '["sh"]');
    assert.equal(instructionKeyword('expose 80/tcp'), 'EXPOSE');
    assert.equal(instructionKeyword('/bin/foo'), 'RUN');
    assert.equal(instructionBody('/bin/foo'), '/bin/foo');
  });
});

describe('build form and log', () => {
  test('the contract’s own checks, keyed by field', () => {
    const form = { ...emptyBuildForm(), context: 'relative/dir', tags: ['ok:1', '', 'Bad!'], buildArgs: [{ key: '1x', value: 'v' }, { key: 'A', value: '1' }, { key: 'A', value: '2' }] };
    const { issues, input } = checkBuildForm(t, form);
    assert.match(issues.get('context') ?? '', /absolute path/);
    assert.match(issues.get('tags.2') ?? '', /uppercase|invalid/);
    assert.equal(issues.has('tags.0'), false);
    assert.match(issues.get('buildArgs.0.key') ?? '', /letters, digits/);
    assert.match(issues.get('buildArgs.2.key') ?? '', /already set/);
    assert.deepEqual(input.tags, ['ok:1', 'Bad!']);
    const good = checkBuildForm(t, { ...emptyBuildForm(), context: '/src', tags: ['app:1'], target: 'final', noCache: true });
    assert.equal(good.issues.size, 0);
    assert.deepEqual(good.input, { context: '/src', dockerfile: 'Dockerfile', tags: ['app:1'], buildArgs: {}, noCache: true, labels: {}, target: 'final' });
    assert.equal(checkBuildForm(t, emptyBuildForm()).issues.get('context'), 'the folder to build from is required');
  });

  test('steps group their lines; cache hits and the failing step are marked', () => {
    const line = (kind: BuildLine['kind'], step: number | null, text: string): BuildLine => ({ kind, step, totalSteps: step === null ? null : 3, text });
    const lines = [line('info', null, 'Sending'), line('step', 1, 'FROM x'), line('output', 1, 'hi'), line('step', 2, 'COPY a /a'), line('cached', 2, 'Using cache'), line('step', 3, 'RUN false'), line('error', 3, 'exit 1')];
    const view = groupBuildLog(lines, 3);
    assert.equal(view.preamble.length, 1);
    assert.deepEqual(view.steps.map((s) => [s.step, s.instruction, s.cached, s.failed]), [[1, 'FROM x', false, false], [2, 'COPY a /a', true, false], [3, 'RUN false', false, true]]);
    assert.equal(failedBuildStep(new BerthError('INVALID_INPUT', 'Step 3/3 failed', { step: 3 })), 3);
    assert.equal(failedBuildStep(new BerthError('INVALID_INPUT', 'parse')), null);
  });

  test('the cache view: the first step whose input changed, the steps after it, --no-cache, a new stage', () => {
    const steps = [
      { step: 1, instruction: 'FROM base AS build', cached: false },
      { step: 2, instruction: 'COPY package.json /app/', cached: true },
      { step: 3, instruction: 'COPY src /app/src', cached: false },
      { step: 4, instruction: 'RUN make', cached: false },
      { step: 5, instruction: 'FROM base', cached: false },
      { step: 6, instruction: 'RUN echo', cached: true },
      { step: 7, instruction: 'COPY --from=build /app /app', cached: false },
    ];
    const kinds = (list: ReturnType<typeof cacheVerdicts>) => list.map((verdict) => (verdict ? (verdict.kind === 'after' ? `after ${verdict.step}` : verdict.kind) : null));
    assert.deepEqual(kinds(cacheVerdicts(steps, false, false)), [null, 'cached', 'changed', 'after 3', null, 'cached', 'changed']);
    assert.deepEqual(kinds(cacheVerdicts(steps.slice(0, 4), true, false)), [null, 'cached', 'no-cache', 'no-cache']);
    assert.deepEqual(kinds(cacheVerdicts(steps.slice(0, 3), false, true)), [null, 'cached', null], 'the step still running may yet be a cache hit');
  });
});

describe('jobs outlive their dialogs', () => {
  afterEach(() => resetJobsForTests());

  function fakeClient() {
    const opened: { op: string; input: unknown; handlers: StreamHandlers<unknown>; cancelled: boolean }[] = [];
    const client = {
      call: () => Promise.reject(new Error('no calls')),
      stream: (op: string, input: unknown, handlers: StreamHandlers<unknown>) => {
        const entry = { op, input, handlers, cancelled: false };
        opened.push(entry);
        return () => (entry.cancelled = true);
      },
      open: () => {
        throw new Error('no duplex');
      },
    } as unknown as BerthClient;
    return { client, opened };
  }

  test('a pull runs to its result; progress and the end are in the store', () => {
    const { client, opened } = fakeClient();
    const id = startJob(client, { kind: 'pull', input: { reference: 'busybox' }, command: 'docker pull busybox' });
    assert.equal(opened[0]?.op, 'images.pull');
    opened[0]!.handlers.onEvent({ kind: 'progress', fraction: 0.5, bytesDone: 5, bytesTotal: 10, bytesPerSecond: 1, layers: [] });
    assert.equal(jobFraction(getJob(id)!), 0.5);
    opened[0]!.handlers.onEvent({ kind: 'done', reference: 'busybox:latest', digest: 'sha256:x', imageId: A });
    opened[0]!.handlers.onEnd?.();
    assert.equal(getJob(id)?.state, 'done');
  });

  test('cancel stops the stream; a failed job can be retried with the same input', () => {
    const { client, opened } = fakeClient();
    const id = startJob(client, { kind: 'push', input: { reference: '127.0.0.1:5555/a/b:1' }, command: 'docker push …' });
    cancelJob(id);
    assert.equal(opened[0]?.cancelled, true);
    assert.equal(getJob(id)?.state, 'cancelled');

    const failing = startJob(client, { kind: 'push', input: { reference: '127.0.0.1:5555/a/b:1' }, command: 'docker push …' });
    opened[1]!.handlers.onEnd?.(new BerthError('UNAUTHORIZED', 'no', { registry: '127.0.0.1:5555' }));
    assert.equal(getJob(failing)?.state, 'failed');
    const again = retryJob(client, failing);
    assert.notEqual(again, null);
    assert.deepEqual(opened[2]?.input, { reference: '127.0.0.1:5555/a/b:1' });
    assert.equal(getJob(failing), undefined, 'the failed job gives way to its retry');
    assert.equal(jobs.get().filter((job) => job.state === 'running').length, 1);
  });

  test('only the newest finished jobs are kept; running ones always', () => {
    const { client, opened } = fakeClient();
    const running = startJob(client, { kind: 'pull', input: { reference: 'a' }, command: '' });
    for (let i = 0; i < MAX_FINISHED_JOBS + 5; i++) {
      const id = startJob(client, { kind: 'pull', input: { reference: `b${i}` }, command: '' });
      cancelJob(id);
    }
    startJob(client, { kind: 'pull', input: { reference: 'last' }, command: '' });
    assert.equal(jobs.get().filter((job) => job.state !== 'running').length, MAX_FINISHED_JOBS);
    assert.ok(getJob(running), 'the running job stays');
    assert.equal(opened.length, MAX_FINISHED_JOBS + 7);
  });

  test('a stream that ends without its result is a failure, not a success', () => {
    const { client, opened } = fakeClient();
    const id = startJob(client, { kind: 'load', input: { path: '/tmp/x.tar' }, command: 'docker load -i /tmp/x.tar' });
    opened[0]!.handlers.onEnd?.();
    assert.equal(getJob(id)?.state, 'failed');
  });

  test('a build keeps a bounded log, follows the steps, and marks the image it made', () => {
    const { client, opened } = fakeClient();
    const id = startJob(client, { kind: 'build', input: { context: '/src', tags: ['app:1'] }, command: 'docker build -t app:1 /src' });
    const lines: BuildLine[] = Array.from({ length: 6000 }, (_, i) => ({ kind: 'output', step: 2, totalSteps: 4, text: `line ${i}` }));
    opened[0]!.handlers.onEvent({ kind: 'log', lines });
    const job = getJob(id) as BuildJob;
    assert.equal(job.lines.length, 5000);
    assert.equal(job.droppedLines, 1000);
    assert.equal(job.step, 2);
    assert.equal(jobFraction(job), 0.25);
    opened[0]!.handlers.onEvent({ kind: 'done', imageId: B, tags: ['app:1'], totalSteps: 4, cachedSteps: 1 });
    opened[0]!.handlers.onEnd?.();
    assert.equal(getJob(id)?.state, 'done');
    assert.equal(builtImage.get()?.id, B);
    assert.equal(applyBuild(job, { kind: 'log', lines: [] }).lines.length, 5000);
  });
});
