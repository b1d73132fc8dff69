import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { fingerprint, keyFromBlob, knownHostsName, parseKnownHosts, verdictFor } from '../../electron/engine/ssh/known-hosts.js';

/** An SSH wire blob: the type as a length-prefixed string, then some key bytes. */
function blob(type: string, body: string): Buffer {
  const name = Buffer.from(type);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(name.length);
  return Buffer.concat([length, name, Buffer.from(body)]);
}
const keyA = keyFromBlob(blob('ssh-ed25519', 'key-a'));
const keyB = keyFromBlob(blob('ssh-ed25519', 'key-b'));
const rsa = keyFromBlob(blob('ssh-rsa', 'key-r'));
const line = (hosts: string, key = keyA) => `${hosts} ${key.type} ${key.base64}`;
const hashed = (name: string) => {
  const salt = Buffer.from('0123456789abcdef0123');
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
};
const verdict = (text: string, name: string, key = keyA) => verdictFor(parseKnownHosts(text, 'kh'), name, key);

test('names: the host alone on port 22, [host]:port otherwise; the type comes from the blob', () => {
  assert.equal(knownHostsName('example.test', 22), 'example.test');
  assert.equal(knownHostsName('127.0.0.1', 2222), '[127.0.0.1]:2222');
  assert.equal(keyA.type, 'ssh-ed25519');
  assert.match(fingerprint(keyA), /^SHA256:[A-Za-z0-9+/]{43}$/);
});

test('plain, listed, wildcard and hashed names match; a negated pattern excludes the line', () => {
  assert.deepEqual(verdict(line('[127.0.0.1]:2222'), '[127.0.0.1]:2222'), { status: 'trusted' });
  assert.deepEqual(verdict(line('other,[127.0.0.1]:2222'), '[127.0.0.1]:2222'), { status: 'trusted' });
  assert.deepEqual(verdict(line('*.example.test'), 'box.example.test'), { status: 'trusted' });
  assert.deepEqual(verdict(line(hashed('[127.0.0.1]:2222')), '[127.0.0.1]:2222'), { status: 'trusted' });
  assert.deepEqual(verdict(line(hashed('[127.0.0.1]:2222')), '[127.0.0.1]:2223'), { status: 'unknown' });
  assert.deepEqual(verdict(line('*.example.test,!box.example.test'), 'box.example.test'), { status: 'unknown' });
  assert.deepEqual(verdict(line('127.0.0.1'), '[127.0.0.1]:2222'), { status: 'unknown' }, 'another port is another host');
});

test('another key of the same type is a change (with where the old one is); another type is only unknown', () => {
  const text = `# comment\n\n${line('[h]:1', keyB)}\n`;
  assert.deepEqual(verdict(text, '[h]:1'), { status: 'changed', knownFingerprint: fingerprint(keyB), knownAt: 'kh:3' });
  assert.deepEqual(verdict(line('[h]:1', rsa), '[h]:1'), { status: 'unknown' });
});

test('@revoked refuses the key; @cert-authority lines are not host keys', () => {
  assert.deepEqual(verdict(`${line('[h]:1')}\n@revoked ${line('[h]:1')}`, '[h]:1'), { status: 'revoked', knownAt: 'kh:2' });
  assert.deepEqual(verdict(`@cert-authority ${line('[h]:1')}`, '[h]:1'), { status: 'unknown' });
});
