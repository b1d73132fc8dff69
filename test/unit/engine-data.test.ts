import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseEventLines } from '../../electron/engine/event-lines.js';
import { exitCodeOf, toContainerSummary } from '../../electron/services/containers/summary.js';
import type { EngineEvent } from '../../shared/contract/engine.js';

describe('engine event lines', () => {
  test('events split across chunks are put back together; noise is skipped', () => {
    const events: EngineEvent[] = [];
    const feed = parseEventLines((e) => events.push(e));
    const line = JSON.stringify({ Type: 'container', Action: 'exec_start: sh -c ls', Actor: { ID: 'abc', Attributes: { name: 'web' } }, timeNano: 5 });
    feed(line.slice(0, 10));
    feed(line.slice(10) + '\n{garbage}\n');
    feed(JSON.stringify({ Type: 'image', Action: 'pull', id: 'busybox', time: 2 }) + '\n');
    feed(JSON.stringify({ Type: 'container', Action: 'health_status: unhealthy', Actor: { ID: 'abc', Attributes: {} }, timeNano: 7 }) + '\n');
    assert.deepEqual(events, [
      { kind: 'engine', type: 'container', action: 'exec_start', detail: 'sh -c ls', id: 'abc', attributes: { name: 'web' }, timeNano: 5 },
      { kind: 'engine', type: 'image', action: 'pull', id: 'busybox', attributes: {}, timeNano: 2e9 },
      { kind: 'engine', type: 'container', action: 'health_status', detail: 'unhealthy', id: 'abc', attributes: {}, timeNano: 7 },
    ]);
  });
});

describe('container summary', () => {
  test('exit codes are read from the status', () => {
    assert.equal(exitCodeOf('Exited (137) 2 minutes ago'), 137);
    assert.equal(exitCodeOf('Exited (0) Less than a second ago'), 0);
    assert.equal(exitCodeOf('Up 3 hours'), null);
  });

  test('name, compose labels and ports are shaped for the list', () => {
    const row = toContainerSummary({
      Id: 'f'.repeat(64),
      Names: ['/shop_web_1'],
      Image: 'shop/web:1',
      ImageID: 'sha256:1',
      Command: 'httpd -f',
      Created: 1700000000,
      State: 'running',
      Status: 'Up 2 minutes',
      Ports: [
        { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
        { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
        { PrivatePort: 53, Type: 'udp' } as never,
      ],
      Labels: { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'web' },
      HostConfig: { NetworkMode: 'default' },
      NetworkSettings: { Networks: {} },
      Mounts: [],
    });
    assert.equal(row.name, 'shop_web_1');
    assert.equal(row.composeProject, 'shop');
    assert.equal(row.composeService, 'web');
    assert.equal(row.exitCode, null);
    assert.deepEqual(row.ports, [
      { ip: null, privatePort: 53, publicPort: null, type: 'udp' },
      { ip: '0.0.0.0', privatePort: 80, publicPort: 8080, type: 'tcp' },
    ]);
  });
});
