// The terminal's exec choice: what `docker exec` runs for sh, bash or a typed command, and as whom.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultExecChoice, execChoiceIssue, execCommand } from '../../renderer/src/features/containers/terminal/exec-choice.js';
import { testT } from '../support/i18n.js';

const t = await testT('terminal');

test('sh and bash run as themselves; a user is trimmed and left out when blank', () => {
  assert.deepEqual(execCommand(defaultExecChoice), { cmd: ['sh'] });
  assert.deepEqual(execCommand({ ...defaultExecChoice, shell: 'bash', user: '  1000:1000 ' }), { cmd: ['bash'], user: '1000:1000' });
  assert.deepEqual(execCommand({ ...defaultExecChoice, user: '   ' }), { cmd: ['sh'] });
  assert.equal(execChoiceIssue({ ...defaultExecChoice, shell: 'bash', custom: '"open' }, t), null, 'the custom text only counts when chosen');
});

test('a custom command is split as a shell would; one that cannot run says why and falls back to sh', () => {
  const custom = (text: string) => ({ ...defaultExecChoice, shell: 'custom' as const, custom: text });
  assert.deepEqual(execCommand(custom(`sh -c 'echo "a b"; exit 3'`)), { cmd: ['sh', '-c', 'echo "a b"; exit 3'] });
  assert.equal(execChoiceIssue(custom('top -d 1'), t), null);
  assert.equal(execChoiceIssue(custom('   '), t), 'type a command');
  assert.equal(execChoiceIssue(custom(`echo "open`), t), 'a double quote is not closed');
  assert.deepEqual(execCommand(custom(`echo "open`)), { cmd: ['sh'] });
  assert.deepEqual(execCommand(custom('')), { cmd: ['sh'] });
});
