import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RunSpec } from '../../shared/run-spec.js';
import { diffRunSpecs } from '../../shared/run-spec-diff.js';

const base: RunSpec = {
  image: 'web:1',
  name: 'web',
  cmd: ['httpd', '-f'],
  env: [
    { key: 'A', value: '1' },
    { key: 'B', value: '2' },
  ],
  ports: [{ hostIp: '127.0.0.1', hostPort: 8080, containerPort: 80, protocol: 'tcp' }],
  mounts: [
    { type: 'volume', source: 'data', target: '/data', readOnly: false },
    { type: 'volume', source: '', target: '/cache', readOnly: false },
  ],
  restart: 'no',
  autoRemove: false,
  interactive: false,
  tty: false,
  labels: { a: '1', b: '2' },
};

describe('what an edit changes', () => {
  test('the same spec, lists in another order: no change', () => {
    const shuffled: RunSpec = { ...base, env: [...base.env].reverse(), mounts: [...base.mounts].reverse(), labels: { b: '2', a: '1' } };
    assert.deepEqual(diffRunSpecs(base, shuffled), []);
  });

  test('one change per setting and per item, with before and after', () => {
    const edited: RunSpec = {
      ...base,
      image: 'web:2',
      env: [
        { key: 'A', value: '9' },
        { key: 'C', value: '3' },
      ],
      ports: [{ hostIp: '127.0.0.1', hostPort: 9090, containerPort: 80, protocol: 'tcp' }],
      mounts: [{ type: 'volume', source: 'data', target: '/data', readOnly: true }],
      restart: 'always',
      labels: { a: '1', b: '2', c: '3' },
    };
    assert.deepEqual(diffRunSpecs(base, edited), [
      { field: 'image', item: null, before: 'web:1', after: 'web:2' },
      { field: 'env', item: 'A', before: '1', after: '9' },
      { field: 'env', item: 'B', before: '2', after: null },
      { field: 'env', item: 'C', before: null, after: '3' },
      { field: 'ports', item: '127.0.0.1:8080:80/tcp', before: '127.0.0.1:8080:80/tcp', after: null },
      { field: 'ports', item: '127.0.0.1:9090:80/tcp', before: null, after: '127.0.0.1:9090:80/tcp' },
      { field: 'mounts', item: '/cache', before: '(anonymous)', after: null },
      { field: 'mounts', item: '/data', before: 'data', after: 'data (read-only)' },
      { field: 'restart', item: null, before: 'no', after: 'always' },
      { field: 'labels', item: 'c', before: null, after: '3' },
    ]);
  });

  test('a command is compared as the words a shell would read; an unset working dir is no value', () => {
    assert.deepEqual(diffRunSpecs(base, { ...base, cmd: ['sh', '-c', 'echo hi'], workingDir: '/srv' }), [
      { field: 'cmd', item: null, before: 'httpd -f', after: "sh -c 'echo hi'" },
      { field: 'workingDir', item: null, before: null, after: '/srv' },
    ]);
  });

  test('a port only added, a mount only removed: each is one change with no value on the other side', () => {
    const edited: RunSpec = {
      ...base,
      ports: [...base.ports, { hostIp: '', hostPort: null, containerPort: 53, protocol: 'udp' }],
      mounts: base.mounts.filter((mount) => mount.target !== '/data'),
    };
    assert.deepEqual(diffRunSpecs(base, edited), [
      { field: 'ports', item: '53/udp', before: null, after: '53/udp' },
      { field: 'mounts', item: '/data', before: 'data', after: null },
    ]);
  });
});
