// bench/idle.ts: what Berth costs while nothing happens. The web shell with the containers page open in
// Chromium, an engine with no running container (a few stopped ones, so the page has rows with relative
// times), then 60 s without engine activity. Counted after the first 5 s:
//  - engine API requests Berth makes, through a counting proxy between Berth and the engine (a unix socket
//    Berth is given with --engine; each HTTP request line is one request, so the long-lived GET /events
//    counts once, when it opens — before the window);
//  - CPU time of the web shell's Node process (/proc/<pid>/stat, utime + stime) and of the page (CDP
//    Performance.getMetrics TaskDuration: everything the renderer's main thread ran).
// The engine is a private dockerd (its own data root, socket and bridge, --iptables=false), so that nobody
// else's containers or tests make events during the window; BERTH_BENCH_ENGINE=unix:///… uses an existing
// engine instead (it should have no running container and be otherwise idle).
// Last line: `idle: engine_calls=… node_cpu_ms=… page_cpu_ms=…`. Goal: 0 calls, under 200 ms CPU each.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DockerdProvider } from '../electron/engine/providers/dockerd.js';
import { launchBrowser } from '../test/support/browser.js';
import { testEnv } from '../test/support/env.js';
import { countingProxy } from '../test/support/counting-proxy.js';
import { startWebShellProcess } from '../test/support/web-shell.js';
import { engineRequest } from './support/engine-http.js';

const WARMUP_MS = Number(process.env.BERTH_IDLE_WARMUP_MS ?? 5_000);
const WINDOW_MS = 60_000;
const STOPPED_CONTAINERS = 12;
const BRIDGE = 'berthi0';

/** CPU time (user + system) of a process so far, in ms, from /proc/<pid>/stat. */
function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "pid (comm) ": state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / clockTicks();
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  return ticksPerSecond;
}

/** A private dockerd with the fixture image and a few stopped containers; stopped and deleted afterwards. */
async function privateEngine(): Promise<{ socket: string; stop(): Promise<void> }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-idle-engine-'));
  const runDir = fs.mkdtempSync('/tmp/bi-');
  // Its own bridge: the test engine owns docker0, and --bridge=none would delete it.
  if (spawnSync('ip', ['link', 'show', BRIDGE]).status !== 0) {
    for (const args of [['link', 'add', BRIDGE, 'type', 'bridge'], ['addr', 'add', '10.217.0.1/24', 'dev', BRIDGE], ['link', 'set', BRIDGE, 'up']]) {
      execFileSync('ip', args);
    }
  }
  const provider = new DockerdProvider({ dataRoot: path.join(root, 'data'), runDir, extraArgs: [`--bridge=${BRIDGE}`, '--iptables=false', '--ip-masq=false'] });
  console.log('starting a private dockerd…');
  await provider.start();
  const socket = provider.socketUrl().slice('unix://'.length);
  const { socket: testSocket, image } = testEnv();
  console.log(`copying ${image} into it and making ${STOPPED_CONTAINERS} stopped containers…`);
  await new Promise<void>((resolve, reject) => {
    const save = spawn('docker', ['-H', `unix://${testSocket}`, 'save', image], { stdio: ['ignore', 'pipe', 'inherit'] });
    const load = spawn('docker', ['-H', `unix://${socket}`, 'load', '-q'], { stdio: ['pipe', 'ignore', 'inherit'] });
    save.stdout.pipe(load.stdin);
    load.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`docker load exited with ${code}`))));
    save.once('error', reject);
  });
  for (let i = 0; i < STOPPED_CONTAINERS; i++) {
    const name = `idle-${String(i).padStart(2, '0')}`;
    const created = await engineRequest(socket, 'POST', `/containers/create?name=${name}`, { Image: image, Cmd: ['true'], HostConfig: { NetworkMode: 'none' } });
    if (created.status !== 201) throw new Error(`create ${name}: ${created.status} ${created.text}`);
    await engineRequest(socket, 'POST', `/containers/${name}/start`);
  }
  for (let i = 0; i < 100; i++) {
    const running = JSON.parse((await engineRequest(socket, 'GET', '/containers/json')).text) as unknown[];
    if (running.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    socket,
    async stop() {
      await provider.stop().catch(() => undefined);
      spawnSync('ip', ['link', 'delete', BRIDGE]);
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
}

/** Where the page's main thread spent the window: trace events by total duration (nested ones overlap). */
function printTrace(events: TraceEvent[]): void {
  const byName = new Map<string, { count: number; ms: number }>();
  for (const event of events) {
    if (event.ph !== 'X' || !event.dur) continue;
    const entry = byName.get(event.name) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += event.dur / 1000;
    byName.set(event.name, entry);
  }
  console.log('page trace (devtools.timeline), by total duration:');
  for (const [name, { count, ms }] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    console.log(`  ${ms.toFixed(1).padStart(8)} ms ${String(count).padStart(6)}×  ${name}`);
  }
}

export async function run(): Promise<void> {
  const given = process.env.BERTH_BENCH_ENGINE;
  const engine = given ? { socket: given.replace(/^unix:\/\//, ''), stop: async () => {} } : await privateEngine();
  const running = JSON.parse((await engineRequest(engine.socket, 'GET', '/containers/json')).text) as unknown[];
  if (running.length > 0) console.log(`warning: ${running.length} containers are running on this engine; the page will show their stats`);

  const proxySocket = path.join('/tmp', `berth-idle-${process.pid}.sock`);
  const proxy = await countingProxy(proxySocket, engine.socket);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-idle-data-'));
  const shell = await startWebShellProcess([], { BERTH_DATA_DIR: dataDir }, { engine: `unix://${proxySocket}` });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const pageCpuMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };

    await page.goto(shell.url);
    await page.getByRole('row', { name: 'idle-00', exact: true }).or(page.getByText('No containers')).first().waitFor({ timeout: 30_000 });
    const opened = performance.now();
    console.log(`containers page open with ${await page.getByRole('row').count()} rows in view`);

    await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
    const startedAt = performance.now();
    const nodeBefore = processCpuMs(shell.process.pid!);
    const pageBefore = await pageCpuMs();
    const heapBefore = await cdp.send('Runtime.getHeapUsage');
    const requestsBefore = proxy.requests.length;
    // BERTH_IDLE_TRACE=1: where the page's time went (a devtools.timeline trace of the window, summed by event).
    const tracing = process.env.BERTH_IDLE_TRACE === '1';
    const traceEvents: TraceEvent[] = [];
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    if (tracing) {
      cdp.on('Tracing.dataCollected', (event) => traceEvents.push(...(event.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    }
    console.log(`measuring ${WINDOW_MS / 1000} s of idle…`);

    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const nodeMs = processCpuMs(shell.process.pid!) - nodeBefore;
    const pageMs = (await pageCpuMs()) - pageBefore;
    const heapAfter = await cdp.send('Runtime.getHeapUsage');
    if (tracing) {
      await cdp.send('Tracing.end');
      await traced;
      printTrace(traceEvents);
    }
    const during = proxy.requests.slice(requestsBefore).filter((r) => r.at >= startedAt);
    const warmup = proxy.requests.filter((r) => r.at < startedAt);

    console.log(`requests before the window (page load and the first ${WARMUP_MS / 1000} s after it): ${warmup.length}`);
    for (const r of warmup) console.log(`  ${((r.at - opened) / 1000).toFixed(1).padStart(6)} s  ${r.method} ${r.path}`);
    console.log(`requests in the window: ${during.length}`);
    for (const r of during) console.log(`  ${((r.at - opened) / 1000).toFixed(1).padStart(6)} s  ${r.method} ${r.path}`);
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    console.log(`page JS heap: ${mb(heapBefore.usedSize)} of ${mb(heapBefore.totalSize)} at the start of the window, ${mb(heapAfter.usedSize)} of ${mb(heapAfter.totalSize)} at its end`);
    console.log(`web shell (node) CPU: ${nodeMs.toFixed(0)} ms; page CPU (TaskDuration): ${pageMs.toFixed(0)} ms over ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    console.log(`idle: engine_calls=${during.length} node_cpu_ms=${nodeMs.toFixed(0)} page_cpu_ms=${pageMs.toFixed(0)}`);
  } finally {
    await browser.close();
    await shell.stop();
    proxy.close();
    await engine.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
