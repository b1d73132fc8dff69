import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIp, subnetContains } from '../../shared/ip-address.js';

test('IPv4 and IPv6 addresses parse to numbers, in every IPv6 spelling', () => {
  assert.deepEqual(parseIp('10.1.2.3'), { family: 4, value: 0x0a010203n });
  assert.deepEqual(parseIp('::1'), { family: 6, value: 1n });
  assert.deepEqual(parseIp('::'), { family: 6, value: 0n });
  assert.equal(parseIp('fd00::1')?.value, parseIp('fd00:0:0:0:0:0:0:1')?.value);
  assert.equal(parseIp('2001:DB8::')?.value, 0x20010db8n << 96n);
  assert.equal(parseIp('::ffff:10.0.0.1')?.value, (0xffffn << 32n) | 0x0a000001n, 'an IPv4 tail');
  for (const bad of ['10.0.0', '10.0.0.256', '1.2.3.4.5', 'a.b.c.d', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', 'fd00::g', '1:2:3:4:5:6:7::8:9', '']) {
    assert.equal(parseIp(bad), null, bad);
  }
});

test('a gateway lies inside its subnet, of the same family, or not', () => {
  assert.equal(subnetContains('10.10.0.0/24', '10.10.0.1'), true);
  assert.equal(subnetContains('10.10.0.0/24', '10.10.0.255'), true);
  assert.equal(subnetContains('10.10.0.0/24', '10.10.1.1'), false);
  assert.equal(subnetContains('172.16.0.0/12', '172.31.255.254'), true);
  assert.equal(subnetContains('172.16.0.0/12', '172.32.0.1'), false);
  assert.equal(subnetContains('0.0.0.0/0', '8.8.8.8'), true);
  assert.equal(subnetContains('10.0.0.1/32', '10.0.0.1'), true);
  assert.equal(subnetContains('fd00:1::/64', 'fd00:1::ffff'), true);
  assert.equal(subnetContains('fd00:1::/64', 'fd00:2::1'), false);
  assert.equal(subnetContains('fd00::/64', '10.0.0.1'), false, 'families differ');
  assert.equal(subnetContains('10.0.0.0/33', '10.0.0.1'), false, 'no such prefix');
  assert.equal(subnetContains('10.0.0.0', '10.0.0.1'), false, 'no prefix');
});
