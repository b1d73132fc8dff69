import type { ContainerStatsSample } from '../../../shared/contract/containers.js';

/** The fields of one GET /containers/{id}/stats sample that `docker stats` reads. */
export interface RawStats {
  read?: string;
  cpu_stats?: { cpu_usage?: { total_usage?: number; percpu_usage?: number[] }; system_cpu_usage?: number; online_cpus?: number };
  precpu_stats?: { cpu_usage?: { total_usage?: number }; system_cpu_usage?: number };
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }>;
  blkio_stats?: { io_service_bytes_recursive?: { op?: string; value?: number }[] | null };
  pids_stats?: { current?: number };
}

/** One engine sample as the docker CLI computes it (CPU from the deltas to the previous sample; memory without page cache). */
export function toStatsSample(raw: RawStats): ContainerStatsSample {
  const cpu = raw.cpu_stats ?? {};
  const pre = raw.precpu_stats ?? {};
  const cpuDelta = (cpu.cpu_usage?.total_usage ?? 0) - (pre.cpu_usage?.total_usage ?? 0);
  const systemDelta = (cpu.system_cpu_usage ?? 0) - (pre.system_cpu_usage ?? 0);
  const cpus = cpu.online_cpus || cpu.cpu_usage?.percpu_usage?.length || 1;
  const memory = raw.memory_stats ?? {};
  // cgroup v1 reports page cache as total_inactive_file, v2 as inactive_file; the CLI subtracts it.
  const cache = memory.stats?.total_inactive_file ?? memory.stats?.inactive_file ?? 0;
  let rx = 0;
  let tx = 0;
  for (const net of Object.values(raw.networks ?? {})) {
    rx += net.rx_bytes ?? 0;
    tx += net.tx_bytes ?? 0;
  }
  let read = 0;
  let write = 0;
  for (const entry of raw.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = entry.op?.toLowerCase();
    if (op === 'read') read += entry.value ?? 0;
    if (op === 'write') write += entry.value ?? 0;
  }
  const time = raw.read ? Date.parse(raw.read) : NaN;
  return {
    time: Number.isFinite(time) && time > 0 ? time : Date.now(),
    // Without a previous sample (the first one of a stream) the deltas would be totals since boot: say 0.
    cpuPercent: pre.system_cpu_usage && cpuDelta > 0 && systemDelta > 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0,
    memoryBytes: Math.max(0, (memory.usage ?? 0) - cache),
    memoryLimitBytes: memory.limit ?? 0,
    networkRxBytes: rx,
    networkTxBytes: tx,
    blockReadBytes: read,
    blockWriteBytes: write,
    pids: raw.pids_stats?.current ?? 0,
  };
}
