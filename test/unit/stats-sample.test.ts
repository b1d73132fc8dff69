import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toStatsSample } from '../../electron/services/containers/stats-sample.js';

test('stats are computed as docker stats computes them', () => {
  const sample = toStatsSample({
    read: '2026-11-26T03:00:00.5Z',
    cpu_stats: { cpu_usage: { total_usage: 3_000_000_000 }, system_cpu_usage: 20_000_000_000, online_cpus: 2 },
    precpu_stats: { cpu_usage: { total_usage: 2_000_000_000 }, system_cpu_usage: 10_000_000_000 },
    memory_stats: { usage: 50 * 2 ** 20, limit: 2 ** 30, stats: { total_inactive_file: 10 * 2 ** 20 } },
    networks: { eth0: { rx_bytes: 100, tx_bytes: 50 }, eth1: { rx_bytes: 1, tx_bytes: 2 } },
    blkio_stats: { io_service_bytes_recursive: [{ op: 'Read', value: 4096 }, { op: 'Write', value: 8192 }, { op: 'Total', value: 12288 }] },
    pids_stats: { current: 3 },
  });
  assert.deepEqual(sample, {
    time: Date.parse('2026-11-26T03:00:00.5Z'),
    cpuPercent: 20, // 1e9 of 10e9 system ns, on 2 CPUs
    memoryBytes: 40 * 2 ** 20,
    memoryLimitBytes: 2 ** 30,
    networkRxBytes: 101,
    networkTxBytes: 52,
    blockReadBytes: 4096,
    blockWriteBytes: 8192,
    pids: 3,
  });
});

test('the first sample (no previous one) is 0 % rather than a division by zero', () => {
  assert.equal(toStatsSample({ cpu_stats: { cpu_usage: { total_usage: 5 }, system_cpu_usage: 5 } }).cpuPercent, 0);
});
