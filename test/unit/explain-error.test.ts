// The one error explainer: every path from a Berth error (or any thrown value) to the words a view shows,
// with the general wording and with the images' and registries' own.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BerthError, errorCodes, type ErrorCode } from '../../shared/contract/errors.js';
import { connectionLostError, explainError } from '../../renderer/src/api/errors.js';
import { imageErrorWording } from '../../renderer/src/features/images/image-words.js';
import { registryErrorWording } from '../../renderer/src/features/registries/registry-words.js';

const fallback = 'Something went wrong inside Berth.';

describe('explainError', () => {
  test('every code of the contract has its own sentence, with main’s message as the detail', () => {
    const summaries = new Set<string>();
    for (const code of errorCodes) {
      const { summary, detail } = explainError(new BerthError(code, `main says ${code}`));
      assert.ok(summary.length > 0, code);
      if (code !== 'INTERNAL') assert.notEqual(summary, fallback, code);
      assert.equal(detail, `main says ${code}`, code);
      summaries.add(summary);
    }
    assert.equal(summaries.size, errorCodes.length, 'no two codes share a sentence');
    assert.match(explainError(new BerthError('ENGINE_UNAVAILABLE', 'x')).summary, /engine is not reachable/);
    assert.match(explainError(new BerthError('UNREACHABLE', 'x')).summary, /could not be reached/);
  });

  test('no detail when main said nothing, or said the same sentence', () => {
    assert.deepEqual(explainError(new BerthError('NOT_FOUND', '')), { summary: 'It no longer exists: it may have been removed outside Berth.' });
    assert.deepEqual(explainError(new BerthError('INTERNAL', fallback)), { summary: fallback });
  });

  test('the web shell’s lost connection is said as such, whatever the wording', () => {
    const expected = { summary: 'The connection to Berth was lost. It reconnects by itself; try again in a moment.' };
    assert.deepEqual(explainError(connectionLostError()), expected);
    assert.deepEqual(explainError(connectionLostError(), { ...imageErrorWording, mainWordsFirst: true }), expected);
    assert.deepEqual(explainError(connectionLostError(), registryErrorWording), expected);
    assert.match(explainError(new BerthError('ENGINE_UNAVAILABLE', 'The connection to Berth was lost.')).summary, /engine is not reachable/, 'the reason marks it, not the text');
  });

  test('what is not a Berth error is Berth’s fault, with what it said', () => {
    assert.deepEqual(explainError(new TypeError('x is undefined')), { summary: fallback, detail: 'x is undefined' });
    assert.deepEqual(explainError('boom'), { summary: fallback, detail: 'boom' });
    assert.deepEqual(explainError(new BerthError('NEWER_CODE' as ErrorCode, 'from a newer main')), { summary: fallback, detail: 'from a newer main' });
  });

  test('UNAUTHORIZED naming a registry asks for a login there; without one it is the page’s token', () => {
    assert.deepEqual(explainError(new BerthError('UNAUTHORIZED', 'denied', { registry: '127.0.0.1:5555' })), {
      summary: '127.0.0.1:5555 wants a valid login: sign in to it on the Registries page.',
      detail: 'denied',
    });
    assert.match(explainError(new BerthError('UNAUTHORIZED', 'no token')).summary, /reopen the address Berth printed/);
    assert.match(explainError(new BerthError('UNAUTHORIZED', 'denied', { registry: 42 })).summary, /reopen the address/, 'only a registry name counts');
  });

  test('mainWordsFirst: for the refusals main words itself, its message alone; the rest as usual', () => {
    for (const code of ['CONFLICT', 'NOT_FOUND', 'INVALID_INPUT', 'FORBIDDEN', 'CANCELLED'] as const) {
      assert.deepEqual(explainError(new BerthError(code, 'port 8080 is already allocated'), { mainWordsFirst: true }), { summary: 'port 8080 is already allocated' }, code);
    }
    for (const code of ['ENGINE_UNAVAILABLE', 'UNAUTHORIZED', 'UNREACHABLE', 'INTERNAL'] as const) {
      const words = explainError(new BerthError(code, 'main says'), { mainWordsFirst: true });
      assert.deepEqual(words, explainError(new BerthError(code, 'main says')), code);
      assert.equal(words.detail, 'main says', code);
    }
    assert.deepEqual(explainError(new BerthError('CONFLICT', ''), { mainWordsFirst: true }), explainError(new BerthError('CONFLICT', '')), 'no message: the code’s sentence');
  });

  test('a feature’s own sentences replace the general ones, codes it leaves out keep theirs', () => {
    assert.deepEqual(explainError(new BerthError('FORBIDDEN', 'r does not allow deleting images'), registryErrorWording), {
      summary: 'The registry does not allow this.',
      detail: 'r does not allow deleting images',
    });
    assert.equal(explainError(new BerthError('NOT_FOUND', 'no tag 1'), registryErrorWording).summary, 'The registry does not have it.');
    assert.equal(explainError(new BerthError('NOT_FOUND', 'no image x'), imageErrorWording).summary, 'Not found.');
    assert.equal(explainError(new BerthError('CONFLICT', 'x'), imageErrorWording).summary, 'The engine refused.');
    assert.equal(explainError(new BerthError('INTERNAL', 'x'), registryErrorWording).summary, fallback);
    assert.match(explainError(new BerthError('ENGINE_UNAVAILABLE', 'x'), imageErrorWording).summary, /engine is not reachable/);
    assert.equal(
      explainError(new BerthError('UNAUTHORIZED', 'denied', { registry: 'r' }), imageErrorWording).summary,
      'The registry wants a valid login for this.',
      'the feature’s sentence wins over the generic login one (its view offers Sign in beside it)',
    );
    assert.deepEqual(explainError(new Error('boom'), registryErrorWording), { summary: fallback, detail: 'boom' });
  });

  test('images with mainWordsFirst: main’s message alone for a failed step, the code’s sentence after it otherwise', () => {
    const wording = { ...imageErrorWording, mainWordsFirst: true };
    assert.deepEqual(explainError(new BerthError('INVALID_INPUT', 'step 2/3 failed: exit 1'), wording), { summary: 'step 2/3 failed: exit 1' });
    assert.deepEqual(explainError(new BerthError('UNREACHABLE', 'dial tcp 127.0.0.1:1: refused'), wording), {
      summary: 'The registry could not be reached: check the address and the network.',
      detail: 'dial tcp 127.0.0.1:1: refused',
    });
  });
});
