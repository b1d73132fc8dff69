// The one error explainer: every path from a Berth error (or any thrown value) to the words a view shows,
// with the general wording and with the images' and registries' own.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BerthError, errorCodes, type ErrorCode } from '../../shared/contract/errors.js';
import { connectionLostError, explainError, type ErrorWording } from '../../renderer/src/api/errors.js';
import { parseZodMessage, wordZodIssue } from '../../renderer/src/api/zod-issues.js';
import { imageErrorWording as imageWording } from '../../renderer/src/features/images/image-words.js';
import { registryErrorWording as registryWording } from '../../renderer/src/features/registries/registry-words.js';
import { testT } from '../support/i18n.js';

const registryErrorWording = registryWording(await testT('registries'));
const imageErrorWording = imageWording(await testT('images'));

const t = await testT('errors');
/** explainError with the `errors` namespace's t, as `useExplainError()` gives it to components. */
const explain = (error: unknown, wording?: ErrorWording) => explainError(error, t, wording);

const fallback = 'Something went wrong inside Berth.';

describe('explainError', () => {
  test('every code of the contract has its own sentence, with main’s message as the detail', () => {
    const summaries = new Set<string>();
    for (const code of errorCodes) {
      const { summary, detail } = explain(new BerthError(code, `main says ${code}`));
      assert.ok(summary.length > 0, code);
      if (code !== 'INTERNAL') assert.notEqual(summary, fallback, code);
      assert.equal(detail, `main says ${code}`, code);
      summaries.add(summary);
    }
    assert.equal(summaries.size, errorCodes.length, 'no two codes share a sentence');
    assert.match(explain(new BerthError('ENGINE_UNAVAILABLE', 'x')).summary, /engine is not reachable/);
    assert.match(explain(new BerthError('UNREACHABLE', 'x')).summary, /could not be reached/);
  });

  test('no detail when main said nothing, or said the same sentence', () => {
    assert.deepEqual(explain(new BerthError('NOT_FOUND', '')), { summary: 'It no longer exists: it may have been removed outside Berth.' });
    assert.deepEqual(explain(new BerthError('INTERNAL', fallback)), { summary: fallback });
  });

  test('the web shell’s lost connection is said as such, whatever the wording', () => {
    const expected = { summary: 'The connection to Berth was lost. It reconnects by itself; try again in a moment.' };
    assert.deepEqual(explain(connectionLostError()), expected);
    assert.deepEqual(explain(connectionLostError(), { ...imageErrorWording, mainWordsFirst: true }), expected);
    assert.deepEqual(explain(connectionLostError(), registryErrorWording), expected);
    assert.match(explain(new BerthError('ENGINE_UNAVAILABLE', 'The connection to Berth was lost.')).summary, /engine is not reachable/, 'the reason marks it, not the text');
  });

  test('what is not a Berth error is Berth’s fault, with what it said', () => {
    assert.deepEqual(explain(new TypeError('x is undefined')), { summary: fallback, detail: 'x is undefined' });
    assert.deepEqual(explain('boom'), { summary: fallback, detail: 'boom' });
    assert.deepEqual(explain(new BerthError('NEWER_CODE' as ErrorCode, 'from a newer main')), { summary: fallback, detail: 'from a newer main' });
  });

  test('UNAUTHORIZED naming a registry asks for a login there; without one it is the page’s token', () => {
    assert.deepEqual(explain(new BerthError('UNAUTHORIZED', 'denied', { registry: '127.0.0.1:5555' })), {
      summary: '127.0.0.1:5555 wants a valid login: sign in to it on the Registries page.',
      detail: 'denied',
    });
    assert.match(explain(new BerthError('UNAUTHORIZED', 'no token')).summary, /reopen the address Berth printed/);
    assert.match(explain(new BerthError('UNAUTHORIZED', 'denied', { registry: 42 })).summary, /reopen the address/, 'only a registry name counts');
  });

  test('mainWordsFirst: for the refusals main words itself, its message alone; the rest as usual', () => {
    for (const code of ['CONFLICT', 'NOT_FOUND', 'INVALID_INPUT', 'FORBIDDEN', 'CANCELLED'] as const) {
      assert.deepEqual(explain(new BerthError(code, 'port 8080 is already allocated'), { mainWordsFirst: true }), { summary: 'port 8080 is already allocated' }, code);
    }
    for (const code of ['ENGINE_UNAVAILABLE', 'UNAUTHORIZED', 'UNREACHABLE', 'INTERNAL'] as const) {
      const words = explain(new BerthError(code, 'main says'), { mainWordsFirst: true });
      assert.deepEqual(words, explain(new BerthError(code, 'main says')), code);
      assert.equal(words.detail, 'main says', code);
    }
    assert.deepEqual(explain(new BerthError('CONFLICT', ''), { mainWordsFirst: true }), explain(new BerthError('CONFLICT', '')), 'no message: the code’s sentence');
  });

  test('a feature’s own sentences replace the general ones, codes it leaves out keep theirs', () => {
    assert.deepEqual(explain(new BerthError('FORBIDDEN', 'r does not allow deleting images'), registryErrorWording), {
      summary: 'The registry does not allow this.',
      detail: 'r does not allow deleting images',
    });
    assert.equal(explain(new BerthError('NOT_FOUND', 'no tag 1'), registryErrorWording).summary, 'The registry does not have it.');
    assert.equal(explain(new BerthError('NOT_FOUND', 'no image x'), imageErrorWording).summary, 'Not found.');
    assert.equal(explain(new BerthError('CONFLICT', 'x'), imageErrorWording).summary, 'The engine refused.');
    assert.equal(explain(new BerthError('INTERNAL', 'x'), registryErrorWording).summary, fallback);
    assert.match(explain(new BerthError('ENGINE_UNAVAILABLE', 'x'), imageErrorWording).summary, /engine is not reachable/);
    assert.equal(
      explain(new BerthError('UNAUTHORIZED', 'denied', { registry: 'r' }), imageErrorWording).summary,
      'The registry wants a valid login for this.',
      'the feature’s sentence wins over the generic login one (its view offers Sign in beside it)',
    );
    assert.deepEqual(explain(new Error('boom'), registryErrorWording), { summary: fallback, detail: 'boom' });
  });

  test('images with mainWordsFirst: main’s message alone for a failed step, the code’s sentence after it otherwise', () => {
    const wording = { ...imageErrorWording, mainWordsFirst: true };
    assert.deepEqual(explain(new BerthError('INVALID_INPUT', 'step 2/3 failed: exit 1'), wording), { summary: 'step 2/3 failed: exit 1' });
    assert.deepEqual(explain(new BerthError('UNREACHABLE', 'dial tcp 127.0.0.1:1: refused'), wording), {
      summary: 'The registry could not be reached: check the address and the network.',
      detail: 'dial tcp 127.0.0.1:1: refused',
    });
  });
});

describe('explainError in the UI language', () => {
  test('zh-CN: the code’s sentence in Chinese, main’s own message verbatim as the detail', async () => {
    const zh = await testT('errors', 'zh-CN');
    const summaries = new Set<string>();
    for (const code of errorCodes) {
      const { summary, detail } = explainError(new BerthError(code, `main says ${code}`), zh);
      assert.match(summary, /\p{Script=Han}/u, code);
      assert.equal(detail, `main says ${code}`, code);
      summaries.add(summary);
    }
    assert.equal(summaries.size, errorCodes.length, 'no two codes share a sentence');
    assert.deepEqual(explainError(new BerthError('UNAUTHORIZED', 'denied', { registry: '127.0.0.1:5555' }), zh), {
      summary: '127.0.0.1:5555 需要有效的登录：请在“镜像仓库”页面登录。',
      detail: 'denied',
    });
    assert.deepEqual(explainError(new BerthError('CONFLICT', 'port 8080 is already allocated'), zh, { mainWordsFirst: true }), { summary: 'port 8080 is already allocated' });
    assert.equal(explainError(new TypeError('x'), zh).summary, 'Berth 内部出错。');
  });

  test('a wording’s meaning may be a message key with values, resolved through t', () => {
    const wording: ErrorWording = { meanings: { NOT_FOUND: { key: 'errors:registryWantsLogin', values: { registry: 'r' } }, CONFLICT: 'Already worded.' } };
    assert.equal(explain(new BerthError('NOT_FOUND', 'x'), wording).summary, 'r wants a valid login: sign in to it on the Registries page.');
    assert.equal(explain(new BerthError('CONFLICT', 'x'), wording).summary, 'Already worded.');
  });

  test('INVALID_INPUT with main’s zod issues: summary and detail as before, each issue worded besides', async () => {
    const details = {
      issues: [
        { path: ['mounts', '0', 'target'], message: 'an absolute path inside the container is required (it starts with "/")' },
        { path: ['name'], message: 'Too small: expected string to have >=3 characters' },
        { path: ['image'], message: 'Invalid input: expected string, received undefined' },
      ],
      moreIssues: 2,
    };
    const error = new BerthError('INVALID_INPUT', 'Invalid input for "containers.create": …', details);
    assert.deepEqual(explain(error), {
      summary: 'Berth sent a request the engine could not accept.',
      detail: 'Invalid input for "containers.create": …',
      issues: [
        'mounts.0.target: an absolute path inside the container is required (it starts with "/")',
        'name: at least 3 characters',
        'image: required',
        'and 2 more issues',
      ],
    });
    const zh = await testT('errors', 'zh-CN');
    assert.deepEqual(explainError(error, zh).issues, [
      'mounts.0.target：需要容器内的绝对路径（以“/”开头）',
      'name：至少 3 个字符',
      'image：必填',
      '另有 2 个问题',
    ]);
    assert.equal(explain(new BerthError('INVALID_INPUT', 'no issues', { path: '/x' })).issues, undefined, 'other details: no issues');
  });
});

describe('zod issues in words', () => {
  test('whole issues by code and params', async () => {
    const { z } = await import('zod');
    const schema = z
      .object({
        a: z.string().min(3),
        b: z.array(z.number()).max(1),
        c: z.enum(['x', 'y']),
        d: z.literal('q'),
        e: z.ipv4(),
        f: z.string().regex(/^a/),
        g: z.number().int().positive(),
        h: z.string().regex(/^a/, 'not a thing of ours'),
        i: z.string(),
        j: z.string().min(1),
        k: z.boolean(),
      })
      .strict();
    const result = schema.safeParse({ a: 'x', b: [1, 2], c: 'z', d: 'r', e: '1', f: 'b', g: -1, h: 'b', j: '', k: 'yes', extra: 1, more: 2 });
    assert.ok(!result.success);
    const words = result.error.issues.map((issue) => wordZodIssue(issue, t));
    assert.deepEqual(words, [
      'a: at least 3 characters',
      'b: at most 1 item',
      'c: must be one of x, y',
      'd: must be q',
      'e: not a valid IPv4 address',
      'f: not in the expected form',
      'g: must be greater than 0',
      'h: not a thing of ours',
      'i: required',
      'j: must not be empty',
      'k: expected true or false',
      'unknown fields extra, more',
    ]);
    const zh = await testT('errors', 'zh-CN');
    assert.deepEqual(result.error.issues.map((issue) => wordZodIssue(issue, zh)).slice(0, 4), ['a：至少 3 个字符', 'b：最多 1 项', 'c：必须是 x, y 之一', 'd：必须是 q']);
    // The same issues as main sends them (path and message only) read the same.
    assert.deepEqual(
      result.error.issues.map((issue) => wordZodIssue({ path: issue.path.map(String), message: issue.message }, t)),
      words,
    );
  });

  test('zod’s own messages are told apart from the contract’s words', () => {
    assert.deepEqual(parseZodMessage('Too big: expected string to have <=128 characters'), { code: 'too_big', origin: 'string', maximum: 128, inclusive: true, exact: false });
    assert.deepEqual(parseZodMessage('Unrecognized key: "x"'), { code: 'unrecognized_keys', keys: ['x'] });
    assert.equal(parseZodMessage('not a container id or name'), null);
    assert.equal(parseZodMessage('give the ids from the preview, or dryRun: true'), null);
    assert.equal(wordZodIssue({ code: 'custom', path: [], message: 'give the ids from the preview, or dryRun: true' }, t), 'give the ids from the preview, or dryRun: true');
    assert.equal(wordZodIssue({ code: 'too_small', origin: 'number', minimum: 5, inclusive: true, path: ['n'] }, t), 'n: must be at least 5');
    assert.equal(wordZodIssue({ code: 'invalid_format', format: 'starts_with', prefix: 'sha256:', path: [] }, t), 'must start with “sha256:”');
  });
});
