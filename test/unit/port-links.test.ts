import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PortBinding } from '../../shared/contract/containers.js';
import { engineHost, portLinks } from '../../renderer/src/features/containers/port-links.js';

const port = (ip: string | null, publicPort: number | null, privatePort: number, type: PortBinding['type'] = 'tcp'): PortBinding => ({ ip, publicPort, privatePort, type });

test('portLinks lists a port bound on IPv4 and IPv6 "all interfaces" once, at the engine host', () => {
  assert.deepEqual(portLinks([port('0.0.0.0', 8080, 80), port('::', 8080, 80)], 'localhost'), [{ text: '8080→80', href: 'http://localhost:8080' }]);
});

test('portLinks keeps a chosen address, brackets IPv6, names udp, and leaves out ports that are only exposed', () => {
  assert.deepEqual(portLinks([port('127.0.0.1', 32768, 80), port('::1', 5353, 53, 'udp'), port(null, null, 443)], 'localhost'), [
    { text: '127.0.0.1:32768→80', href: 'http://127.0.0.1:32768' },
    { text: '[::1]:5353→53/udp', href: 'http://[::1]:5353' },
  ]);
});

test('engineHost is the remote engine\'s host, and this machine for a socket', () => {
  assert.equal(engineHost('tcp://10.0.0.5:2376'), '10.0.0.5');
  assert.equal(engineHost('ssh://me@build-box:22'), 'build-box');
  assert.equal(engineHost('unix:///var/run/docker.sock'), 'localhost');
  assert.equal(engineHost(undefined), 'localhost');
});
