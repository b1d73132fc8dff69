import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contract } from '../../shared/contract/index.js';

type Op = keyof typeof contract;

/**
 * Every path-like input of the contract, with a good input around it: the schema must refuse what could point
 * elsewhere than the path shows ("." or ".." parts, a relative path, NUL, a broken character) and keep the good
 * one. The integration file test/integration/path-safety.test.ts proves the same against the real engine.
 */
const inner = ['relative', '/data/../etc', '/data/./x', '/data/x\0', '/data/\ud800'];
const host = ['relative.tar', '/tmp/../etc/passwd', 'C:\\x\\..\\y.tar', '/tmp/x\0.tar', '/tmp/\udc00.tar'];
const names = ['..', '.', 'a/b', '', 'x\0', '\ud800'];

const cases: { op: Op; field: string; good: string; bad: string[]; input: (value: string) => unknown }[] = [
  { op: 'containers.files.list', field: 'path', good: '/data', bad: inner, input: (path) => ({ id: 'c', path }) },
  { op: 'containers.files.download', field: 'path', good: '/data/a.txt', bad: inner, input: (path) => ({ id: 'c', path }) },
  { op: 'containers.files.upload', field: 'folder', good: '/data', bad: inner, input: (folder) => ({ id: 'c', folder, files: [{ name: 'a', contentBase64: '' }] }) },
  { op: 'containers.files.upload', field: 'files.0.name', good: '..a', bad: names, input: (name) => ({ id: 'c', folder: '/data', files: [{ name, contentBase64: '' }] }) },
  { op: 'containers.exec', field: 'workingDir', good: '/srv', bad: inner, input: (workingDir) => ({ id: 'c', workingDir }) },
  { op: 'containers.create', field: 'workingDir', good: '/srv', bad: inner, input: (workingDir) => ({ image: 'x', workingDir }) },
  { op: 'containers.create', field: 'mounts.0.target', good: '/srv', bad: inner, input: (target) => ({ image: 'x', mounts: [{ type: 'volume', source: 'v', target }] }) },
  { op: 'containers.run', field: 'mounts.0.source', good: '/home/me/site', bad: host, input: (source) => ({ image: 'x', mounts: [{ type: 'bind', source, target: '/srv' }] }) },
  { op: 'volumes.files.list', field: 'path', good: '/', bad: inner, input: (path) => ({ name: 'v', path }) },
  { op: 'volumes.files.download', field: 'path', good: '/a.txt', bad: inner, input: (path) => ({ name: 'v', path }) },
  { op: 'volumes.files.upload', field: 'folder', good: '/sub', bad: inner, input: (folder) => ({ name: 'v', folder, files: [{ name: 'a', contentBase64: '' }] }) },
  { op: 'volumes.files.upload', field: 'files.0.name', good: 'a.txt', bad: names, input: (name) => ({ name: 'v', folder: '/', files: [{ name, contentBase64: '' }] }) },
  { op: 'volumes.export', field: 'file', good: '/tmp/v.tar', bad: [...host, '/tmp/'], input: (file) => ({ name: 'v', file }) },
  { op: 'volumes.import', field: 'file', good: 'C:\\backups\\v.tar', bad: host, input: (file) => ({ name: 'v', file }) },
  { op: 'images.build', field: 'context', good: '/home/me/app', bad: host, input: (context) => ({ context }) },
  { op: 'images.build', field: 'dockerfile', good: '../Dockerfile.dev', bad: ['', 'x\0', '\ud800'], input: (dockerfile) => ({ context: '/app', dockerfile }) },
  { op: 'images.save', field: 'path', good: '/tmp/i.tar', bad: [...host, '/tmp/'], input: (path) => ({ images: ['busybox'], path }) },
  { op: 'images.load', field: 'path', good: '\\\\server\\share\\i.tar', bad: host, input: (path) => ({ path }) },
  { op: 'engines.add', field: 'sshKeyPath', good: '/home/me/.ssh/id_ed25519', bad: host, input: (sshKeyPath) => ({ name: 'e', url: 'ssh://me@h', sshKeyPath }) },
  {
    op: 'engines.add',
    field: 'tls.keyPath',
    good: '/certs/key.pem',
    bad: host,
    input: (keyPath) => ({ name: 'e', url: 'tcp://h:2376', tls: { caPath: '/certs/ca.pem', certPath: '/certs/cert.pem', keyPath } }),
  },
  // Found by the fuzz suite's sweep: the names a prune preview gives back took any string, "..", "/" and NUL too.
  {
    op: 'system.prune',
    field: 'volumeNames.0',
    good: 'data_1.v2',
    bad: [...names, '../x', '/x'],
    input: (name) => ({ containers: [], images: [], networks: [], volumes: true, volumeNames: [name] }),
  },
  { op: 'host.pickPath', field: 'defaultPath', good: 'backup.tar', bad: ['x\0', '\ud800', 'x'.repeat(4097)], input: (defaultPath) => ({ purpose: 'save-file', defaultPath }) },
];

describe('every path-like input of the contract', () => {
  for (const { op, field, good, bad, input } of cases) {
    test(`${op} ${field}: refuses ${bad.map((value) => JSON.stringify(value.slice(0, 24))).join(', ')}`, () => {
      const schema = contract[op].input;
      const parsed = schema.safeParse(input(good));
      assert.ok(parsed.success, `the good ${JSON.stringify(good)} is taken: ${parsed.error?.message}`);
      for (const value of bad) {
        const result = schema.safeParse(input(value));
        assert.equal(result.success, false, `${JSON.stringify(value)} is refused`);
        const where = result.error?.issues.map((issue) => issue.path.join('.'));
        assert.ok(where?.includes(field), `${JSON.stringify(value)} is refused at ${field}, not at ${where?.join(', ')}`);
      }
    });
  }
});
