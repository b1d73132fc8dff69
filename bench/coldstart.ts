// bench/coldstart.ts: cold start with 500 containers on the test engine, median of 5 rounds. Each round spawns
// the built web shell (`npm run build` first) and opens its URL in a fresh Chromium context (empty cache):
//   spawn → URL printed → first row visible → every row of the first screen rendered.
// Beside it, the raw engine's GET /containers/json?all=1 for the same 500 rows (the floor under any UI), and
// the gzip size of the JS the page needs before anything else (index.html's entry script and modulepreloads).
// Last line: `coldstart: spawn_to_rows_ms=… url_to_rows_ms=… initial_js_gzip_kb=…`.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.js';
import { testEnv } from '../test/support/env.js';
import { startWebShellProcess } from '../test/support/web-shell.js';
import { engineRequest, inBatches, median } from './support/engine-http.js';

const CONTAINERS = 500;
const ROUNDS = 5;
const LABEL = 'dev.berth.bench';
const rendererDir = path.resolve(import.meta.dirname, '..', 'dist', 'renderer');

/** The JS index.html makes the browser load before the app runs, gzipped as a server would send it. */
function initialJsGzipBytes(): number {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]!);
  return scripts.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(rendererDir, src)), { level: 9 }).length, 0);
}

/**
 * Resolves when the grid's row count has stopped growing for two frames: the first screen is drawn. (A string:
 * tsx would add its own helpers to a function's source, which the page does not have.)
 */
const SCREEN_RENDERED = `new Promise((resolve) => {
  let last = -1;
  let still = 0;
  const tick = () => {
    const rows = document.querySelectorAll('[role="row"][aria-label]').length;
    still = rows === last ? still + 1 : 0;
    last = rows;
    if (still >= 2 && rows > 0) resolve(rows);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

async function screenRendered(page: Page): Promise<number> {
  return (await page.evaluate(SCREEN_RENDERED)) as number;
}

export async function run(): Promise<void> {
  const { socket, image } = testEnv();
  const prefix = `berth-bench-cold-${process.pid}`;
  const names = Array.from({ length: CONTAINERS }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);
  console.log(`creating ${CONTAINERS} containers…`);
  await inBatches(names, 8, async (name) => {
    const res = await engineRequest(socket, 'POST', `/containers/create?name=${name}`, { Image: image, Cmd: ['true'], Labels: { [LABEL]: '1' } });
    if (res.status !== 201) throw new Error(`create ${name}: ${res.status} ${res.text}`);
  });
  const browser = await launchBrowser();
  const spawnToUrl: number[] = [];
  const urlToFirst: number[] = [];
  const urlToScreen: number[] = [];
  const spawnToScreen: number[] = [];
  const raw: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      let t = performance.now();
      JSON.parse((await engineRequest(socket, 'GET', '/containers/json?all=1')).text);
      raw.push(performance.now() - t);

      // The browser side is ready first: what is timed is Berth's, not Chromium's making of a new context.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const spawned = performance.now();
      const shell = await startWebShellProcess();
      const urlAt = performance.now();
      try {
        t = performance.now();
        await page.goto(shell.url);
        await page.locator('[role="row"][aria-label]').first().waitFor({ timeout: 60_000 });
        const first = performance.now();
        const rows = await screenRendered(page);
        const screen = performance.now();
        spawnToUrl.push(urlAt - spawned);
        urlToFirst.push(first - t);
        urlToScreen.push(screen - t);
        spawnToScreen.push(screen - spawned);
        console.log(
          `round ${round + 1}: spawn→URL ${(urlAt - spawned).toFixed(0)} ms, URL→first row ${(first - t).toFixed(0)} ms, URL→${rows} rows drawn ${(screen - t).toFixed(0)} ms, spawn→rows ${(screen - spawned).toFixed(0)} ms`,
        );
      } finally {
        await context.close();
        await shell.stop();
      }
    }
  } finally {
    await browser.close();
    console.log('removing the benchmark containers…');
    await inBatches(names, 8, (name) => engineRequest(socket, 'DELETE', `/containers/${name}?force=1`));
  }
  const gzipKb = initialJsGzipBytes() / 1024;
  console.log(`raw GET /containers/json?all=1 (${CONTAINERS} rows): median ${median(raw).toFixed(1)} ms`);
  console.log(`medians of ${ROUNDS}: spawn→URL ${median(spawnToUrl).toFixed(0)} ms, URL→first row ${median(urlToFirst).toFixed(0)} ms`);
  console.log(`coldstart: spawn_to_rows_ms=${median(spawnToScreen).toFixed(0)} url_to_rows_ms=${median(urlToScreen).toFixed(0)} initial_js_gzip_kb=${gzipKb.toFixed(0)}`);
}
