// bench/logs.ts: a container prints 1,000,000 lines while Chromium follows its log in Berth's logs view.
// Measures the time from the first line being printed until the last one is on screen, the renderer's JS
// heap growth (after a forced GC, against the same before the lines), and the longest main-thread task
// (from a Chromium trace of the renderer's main thread; the page's own 'longtask' observer as a check).
// Last line: `logs: lines=… seconds=… heap_mb=… longest_task_ms=…`. Goals: heap < 100 MB, task < 100 ms.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { launchBrowser } from '../test/support/browser.js';
import { docker, testEnv } from '../test/support/env.js';
import { startWebShellProcess } from '../test/support/web-shell.js';

const LINES = 1_000_000;
const TIMEOUT_MS = 10 * 60 * 1000;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: what the task itself cost, without time the thread was descheduled. */
  tdur?: number;
  args?: { name?: string };
}

export async function run(): Promise<void> {
  const name = `berth-bench-logs-${process.pid}`;
  // It waits for a go signal, so that the page is following before the first line; then stays up (a
  // following stream of a running container never ends by itself).
  await docker('run', '-d', '--name', name, testEnv().image, 'sh', '-c', `while [ ! -f /go ]; do sleep 0.1; done; seq 1 ${LINES}; sleep 3600`);
  const shell = await startWebShellProcess();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(shell.url);
    await page.getByTestId('engine-status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
    await page.evaluate((n) => (window.location.hash = `#/containers/${n}?tab=logs`), name);
    await page.getByRole('log', { name: `Logs of ${name}` }).waitFor({ timeout: 30_000 });
    await page.getByText('Following').waitFor({ timeout: 30_000 });

    // Long tasks as the page itself sees them.
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __longTasks: number };
      w.__longest = 0;
      w.__longTasks = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.__longTasks++;
          w.__longest = Math.max(w.__longest, entry.duration);
        }
      }).observe({ type: 'longtask' });
    });

    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const heapBefore = await heap();

    await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
    const started = performance.now();
    await docker('exec', name, 'touch', '/go');
    await page.waitForFunction(
      (last) => Array.from(document.querySelectorAll('[role="log"] [data-stream]')).some((row) => row.textContent === last),
      String(LINES),
      { polling: 50, timeout: TIMEOUT_MS },
    );
    const seconds = (performance.now() - started) / 1000;
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };

    const heapAfter = await heap();
    const pageView = await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __longTasks: number };
      return { longest: w.__longest, count: w.__longTasks, lines: document.querySelector('[data-testid="log-line-count"]')?.textContent ?? '' };
    });

    // The renderer's main thread(s) in the trace, and the longest task run on them.
    const mainThreads = new Set(
      trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    const tasks = trace.traceEvents.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && mainThreads.has(`${e.pid}:${e.tid}`));
    const longestTraced = Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
    const over50 = tasks.filter((e) => (e.dur ?? 0) > 50_000).length;
    const longestCpu = Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
    const [load1] = os.loadavg();
    const heapMb = (heapAfter - heapBefore) / (1024 * 1024);

    console.log(`view after the run: ${pageView.lines}`);
    console.log(`renderer heap: ${(heapBefore / 1048576).toFixed(1)} MB before, ${(heapAfter / 1048576).toFixed(1)} MB after (GC'd both times)`);
    console.log(`main-thread tasks traced: ${tasks.length}, longest ${longestTraced.toFixed(1)} ms wall (${longestCpu.toFixed(1)} ms of CPU for the costliest), ${over50} over 50 ms; page longtask observer: ${pageView.count} long tasks, longest ${pageView.longest.toFixed(0)} ms`);
    console.log(`machine load average while measuring: ${load1?.toFixed(1)} on ${os.cpus().length} cores (wall-clock task times grow with it)`);
    console.log(`logs: lines=${LINES} seconds=${seconds.toFixed(1)} heap_mb=${heapMb.toFixed(1)} longest_task_ms=${longestTraced.toFixed(0)}`);
  } finally {
    await browser.close();
    await shell.stop();
    await docker('rm', '-f', name).catch(() => '');
  }
}
