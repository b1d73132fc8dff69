// bench/list.ts: with 1,000 containers, `containers.list` over the web shell's WebSocket against a raw
// GET /containers/json?all=1 on the same socket (alternating, same run), and event→UI latency: from running
// `docker start` until the row shows "running" in Chromium — measured from the engine's `start` event (read
// from the engine directly, beside Berth) and, for reference, from the CLI's launch.
// Last line: `list: ratio=… p50_ms=… p95_ms=…` with the latency as the issue defines it (from the CLI's launch).
import { execFile } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { launchBrowser } from '../test/support/browser.js';
import { testEnv } from '../test/support/env.js';
import { startWebShellProcess } from '../test/support/web-shell.js';
import { connectWs } from '../test/support/ws-client.js';
import { engineRequest, inBatches, median, percentile } from './support/engine-http.js';

const CONTAINERS = 1000;
const LIST_ROUNDS = 40;
const LATENCY_SAMPLES = 30;
const LABEL = 'dev.berth.bench';
const run$ = promisify(execFile);

export async function run(): Promise<void> {
  const { socket, image } = testEnv();
  const prefix = `berth-bench-${process.pid}`;
  const names = Array.from({ length: CONTAINERS }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);
  console.log(`creating ${CONTAINERS} containers…`);
  const created = performance.now();
  await inBatches(names, 8, async (name) => {
    const res = await engineRequest(socket, 'POST', `/containers/create?name=${name}`, {
      Image: image,
      Cmd: ['sleep', '3600'],
      Labels: { [LABEL]: '1' },
      HostConfig: { Init: false },
    });
    if (res.status !== 201) throw new Error(`create ${name}: ${res.status} ${res.text}`);
  });
  console.log(`  done in ${((performance.now() - created) / 1000).toFixed(1)} s`);

  const shell = await startWebShellProcess();
  const client = await connectWs(shell.port, shell.token);
  const browser = await launchBrowser();
  try {
    // 1. list: alternate raw and Berth so that both see the same engine state and load.
    const raw: number[] = [];
    const berth: number[] = [];
    let rows = 0;
    for (let i = 0; i < LIST_ROUNDS + 5; i++) {
      let t = performance.now();
      const res = await engineRequest(socket, 'GET', '/containers/json?all=1');
      JSON.parse(res.text);
      const rawMs = performance.now() - t;
      t = performance.now();
      rows = (await client.call('containers.list', { all: true })).length;
      const berthMs = performance.now() - t;
      if (i >= 5) {
        raw.push(rawMs);
        berth.push(berthMs);
      }
    }
    const ratio = median(berth) / median(raw);
    console.log(`containers.list with ${rows} rows: berth p50 ${median(berth).toFixed(1)} ms, raw p50 ${median(raw).toFixed(1)} ms`);

    // 2. event → UI: the row under test is brought on screen through the search box, then started by the CLI.
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(shell.url);
    const search = page.getByLabel('Search containers');
    await search.waitFor({ timeout: 30000 });
    const latencies: number[] = [];
    const fromCli: number[] = [];
    const cli: number[] = [];
    // The engine's own event stream, read raw: when each container's start event left the engine.
    const startedAt = new Map<string, number>();
    const events = http.request({ socketPath: socket, path: '/events?filters=' + encodeURIComponent(JSON.stringify({ type: ['container'], event: ['start'] })) });
    events.on('response', (res) => {
      let tail = '';
      res.on('data', (chunk: Buffer) => {
        const now = performance.now();
        tail += chunk.toString();
        const lines = tail.split('\n');
        tail = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) startedAt.set((JSON.parse(line) as { Actor: { Attributes: { name: string } } }).Actor.Attributes.name, now);
      });
    });
    events.end();
    for (const name of names.slice(0, LATENCY_SAMPLES)) {
      await search.fill(name);
      await page.getByRole('row', { name }).waitFor();
      const t = performance.now();
      await run$('docker', ['start', name], { env: { ...process.env, DOCKER_HOST: `unix://${socket}` } });
      cli.push(performance.now() - t);
      await page.waitForFunction(
        (n) => /running/i.test(document.querySelector(`[role="row"][aria-label="${n}"]`)?.textContent ?? ''),
        name,
        { polling: 'raf', timeout: 10000 },
      );
      const shown = performance.now();
      fromCli.push(shown - t);
      latencies.push(shown - (startedAt.get(name) ?? t));
      await engineRequest(socket, 'POST', `/containers/${name}/kill`);
    }
    events.destroy();
    const p50 = percentile(fromCli, 50);
    const p95 = percentile(fromCli, 95);
    console.log(`engine start event → row shows running, over ${latencies.length} starts: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`);
    console.log(`CLI launch → row shows running: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (the docker CLI itself takes p50 ${percentile(cli, 50).toFixed(0)} ms)`);
    console.log(`list: ratio=${ratio.toFixed(2)} p50_ms=${p50.toFixed(0)} p95_ms=${p95.toFixed(0)}`);
  } finally {
    await browser.close();
    client.close();
    await shell.stop();
    console.log('removing the benchmark containers…');
    await inBatches(names, 8, (name) => engineRequest(socket, 'DELETE', `/containers/${name}?force=1`));
  }
}
