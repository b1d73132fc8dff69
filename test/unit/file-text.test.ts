// The file viewer's one decision: text to show, or a binary file to offer as a download.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileText } from '../../renderer/src/components/files/file-text.js';

test('UTF-8 text is text, whole; a NUL byte or invalid UTF-8 makes it binary', () => {
  assert.deepEqual(fileText(new TextEncoder().encode('héllo\nwörld\n')), { kind: 'text', text: 'héllo\nwörld\n' });
  assert.deepEqual(fileText(new Uint8Array([0x68, 0x00, 0x69])), { kind: 'binary', sizeBytes: 3 });
  assert.deepEqual(fileText(new Uint8Array([0xff, 0xfe, 0x41])), { kind: 'binary', sizeBytes: 3 });
  assert.deepEqual(fileText(new Uint8Array([])), { kind: 'text', text: '' });
});
