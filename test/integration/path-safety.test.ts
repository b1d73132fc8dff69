import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Core } from '../../electron/core.js';
import { startCore } from '../support/core.js';
import { docker, removeContainersNamed, testEnv, uniqueName } from '../support/env.js';

const prefix = uniqueName('paths');
let core: Core;
const call = (op: string, input: unknown) => core.router.call(op, input);
const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('uploads into a container’s filesystem stay inside the folder they name', () => {
  let id: string;
  /** Every file under /data with its contents: what "untouched" means. */
  const dataFolder = () => docker('exec', id, 'sh', '-c', 'cd /data && find . | sort | while read f; do if [ -f "$f" ]; then echo "$f=$(cat "$f")"; else echo "$f/"; fi; done');

  before(async () => {
    core = await startCore();
    id = await docker('run', '-d', '--name', `${prefix}-fs`, testEnv().image, 'sleep', '3600');
  });
  afterEach(async () => {
    await docker('exec', id, 'rm', '-rf', '/data');
  });
  after(async () => {
    core.dispose();
    await removeContainersNamed(prefix);
  });

  const prepare = () => docker('exec', id, 'sh', '-c', 'mkdir -p /data/sub && echo keep > /data/keep.txt && echo inner > /data/sub/inner.txt');

  test('an upload named ".." into /data/sub is refused and /data stays as it was (it used to replace /data)', async () => {
    await prepare();
    const before = await dataFolder();
    await assert.rejects(call('containers.files.upload', { id, folder: '/data/sub', files: [{ name: '..', contentBase64: base64('hi') }] }), {
      code: 'INVALID_INPUT',
      message: /file name/,
    });
    assert.equal(await dataFolder(), before);
  });
});
