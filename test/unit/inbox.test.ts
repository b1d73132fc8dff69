import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BufferedInbox } from '../../electron/ipc/inbox.js';

test('messages sent before the handler listens wait for it, in order, up to the limit', () => {
  const inbox = new BufferedInbox<string>(2);
  assert.equal(inbox.deliver('a'), true);
  assert.equal(inbox.deliver('b'), true);
  assert.equal(inbox.deliver('c'), false, 'the third is refused, not queued without bound');
  const seen: string[] = [];
  inbox.on((m) => seen.push(m));
  inbox.deliver('d');
  assert.deepEqual(seen, ['a', 'b', 'd']);
});
