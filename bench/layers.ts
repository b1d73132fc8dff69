// bench/layers.ts: Berth's layer analysis (layers.analyze over the web shell's WebSocket, from the call to its
// `done` event) of a ~1 GB image with 10 layers and ~50,000 files, against `docker save IMAGE > /dev/null` on the
// same image: the engine's export, which the analysis reads in full, is the floor under it. Beside it, the web
// shell's peak RSS (VmHWM) during the analysis. Last line:
// `layers: files=… seconds=… ratio_to_save=… rss_peak_mb=…` (goals: ratio ≤ 1.5, RSS peak ≤ 300 MB).
//
// What makes it fair:
// - The image is built here (untimed) from busybox tools alone: random bytes, so nothing compresses or dedupes,
//   and later steps overwrite and delete earlier files, so the analysis has waste to find. It is kept under its
//   tag with a label naming the Dockerfile's hash, and reused while the recipe is unchanged.
// - The web shell caches an analysis by image id, so each Berth round starts a fresh web shell (its start is not
//   timed) and analyses an image it has never read.
// - Both read the same export from the same engine; Berth and the CLI take turns going first, after one warm-up
//   of each (the layers' files in the page cache for both), and the medians are compared.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BerthClient } from '../shared/client.js';
import type { LayerAnalysis } from '../shared/contract/layers.js';
import { docker, engineUrl, testEnv } from '../test/support/env.js';
import { startWebShellProcess } from '../test/support/web-shell.js';
import { connectWs } from '../test/support/ws-client.js';
import { median } from './support/engine-http.js';

const IMAGE = 'berth-bench/layers:1';
const ROUNDS = 3;
const FILES_PER_STEP = 5000;
/** Each step's files spread over this many folders (100 files each), as a real tree would. */
const FOLDERS = 50;
const MB = 1024 * 1024;

/**
 * Shell (busybox ash) writing files `from`…`to - 1` under `dir`/d<i % FOLDERS>/f<i>: random bytes, 1,000 to
 * 39,000 of them (about 20 KB each, 100 MB per 5,000). `salt` changes the sizes, so a rewrite differs.
 */
function writeFiles(dir: string, { from = 0, to = FILES_PER_STEP, salt = 0, only = '' } = {}): string {
  const folders = `for d in $(seq 0 ${FOLDERS - 1}); do mkdir -p ${dir}/d$d; done`;
  const write = `head -c $(( (i * 7919 + ${salt}) % 38000 + 1000 )) /dev/urandom > ${dir}/d$((i % ${FOLDERS}))/f$i`;
  return `${folders}; i=${from}; while [ $i -lt ${to} ]; do ${only ? `if ${only}; then ${write}; fi` : write}; i=$((i + 1)); done`;
}

/** Ten steps of ~100 MB: eight new sets of files, then one rewriting half a set, then one deleting. */
function dockerfile(base: string): string {
  const steps = Array.from({ length: 8 }, (_, n) => writeFiles(`/data/s${n + 1}`));
  // Half of s1 written again (the first copies stay in the image: "overwritten" waste), and a new set.
  steps.push(`${writeFiles('/data/s1', { salt: 17, only: `[ $((i % ${FOLDERS})) -lt ${FOLDERS / 2} ]` })}; ${writeFiles('/data/s9')}`);
  // Half of s2's folders removed whole (folder whiteouts), 1,000 of s3's files one by one (file whiteouts).
  const halfOfS2 = Array.from({ length: FOLDERS / 2 }, (_, d) => `/data/s2/d${d}`).join(' ');
  steps.push(`rm -rf ${halfOfS2}; i=0; while [ $i -lt 1000 ]; do rm /data/s3/d$((i % ${FOLDERS}))/f$i; i=$((i + 1)); done; ${writeFiles('/data/s10')}`);
  return [`FROM ${base}`, ...steps.map((step) => `RUN set -e; ${step}`), ''].join('\n');
}

/** Builds the image unless one from the same Dockerfile is already there (building takes minutes). */
async function ensureImage(base: string): Promise<void> {
  const recipe = dockerfile(base);
  const hash = createHash('sha256').update(recipe).digest('hex').slice(0, 16);
  const existing = await docker('image', 'inspect', '--format', '{{index .Config.Labels "dev.berth.bench.recipe"}}', IMAGE).catch(() => '');
  if (existing === hash) {
    console.log(`reusing ${IMAGE} (recipe ${hash})`);
    return;
  }
  const context = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-bench-layers-'));
  try {
    fs.writeFileSync(path.join(context, 'Dockerfile'), recipe);
    console.log(`building ${IMAGE} (recipe ${hash}): 10 steps of ~${FILES_PER_STEP} files, a few minutes, once…`);
    const t = performance.now();
    await docker('build', '-q', '--force-rm', '--label', 'dev.berth.bench=layers', '--label', `dev.berth.bench.recipe=${hash}`, '-t', IMAGE, context);
    console.log(`  built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  } finally {
    fs.rmSync(context, { recursive: true, force: true });
  }
}

/** layers.analyze to its end: the analysis, and the export's bytes as the last progress event counted them. */
function analyze(client: BerthClient, image: string): Promise<{ analysis: LayerAnalysis; bytes: number }> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let analysis: LayerAnalysis | null = null;
    client.stream('layers.analyze', { image }, {
      onEvent(event) {
        if (event.kind === 'progress') bytes = event.bytes;
        else analysis = event.analysis;
      },
      onEnd(error) {
        if (error) reject(error);
        else if (!analysis) reject(new Error(`layers.analyze ${image} ended without an analysis`));
        else resolve({ analysis, bytes });
      },
    });
  });
}

/** The process's peak resident set so far (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return (Number(match[1]) * 1024) / MB;
}

/** One analysis by a web shell that has read nothing yet; its start and its stop are not timed. */
async function berthRound(): Promise<{ ms: number; rssMb: number; bytes: number; analysis: LayerAnalysis }> {
  const shell = await startWebShellProcess();
  try {
    const client = await connectWs(shell.port, shell.token);
    try {
      const t = performance.now();
      const { analysis, bytes } = await analyze(client, IMAGE);
      const ms = performance.now() - t;
      return { ms, rssMb: peakRssMb(shell.process.pid!), bytes, analysis };
    } finally {
      client.close();
    }
  } finally {
    await shell.stop();
  }
}

/** `docker save IMAGE > /dev/null`, timed from the spawn to the CLI's exit. */
async function saveRound(): Promise<number> {
  const devNull = fs.openSync('/dev/null', 'w');
  try {
    const t = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn('docker', ['save', IMAGE], { stdio: ['ignore', devNull, 'pipe'], env: { ...process.env, DOCKER_HOST: engineUrl() } });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`docker save ${IMAGE} failed (${code}): ${stderr.trim()}`))));
    });
    return performance.now() - t;
  } finally {
    fs.closeSync(devNull);
  }
}

export async function run(): Promise<void> {
  await ensureImage(testEnv().image);
  const berth: number[] = [];
  const save: number[] = [];
  let rssPeakMb = 0;
  let files = 0;
  console.log(`analysing ${IMAGE}: ${ROUNDS} rounds after a warm-up, a fresh web shell each, alternating with docker save…`);
  for (let round = -1; round < ROUNDS; round++) {
    let line = '';
    const turns = [
      async () => {
        const result = await berthRound();
        const { analysis } = result;
        files = analysis.files;
        rssPeakMb = Math.max(rssPeakMb, result.rssMb);
        if (round >= 0) berth.push(result.ms);
        if (round === -1) {
          console.log(
            `  ${analysis.layers.length} layers, ${(analysis.totalBytes / MB).toFixed(0)} MB of files, ${analysis.files} paths in the final image, ` +
              `${(analysis.efficiency.wastedBytes / MB).toFixed(0)} MB wasted (score ${analysis.efficiency.score.toFixed(3)}), ${analysis.hints.length} hints`,
          );
        }
        line += ` berth ${result.ms.toFixed(0)} ms (export ${(result.bytes / MB).toFixed(0)} MB, VmHWM ${result.rssMb.toFixed(1)} MB),`;
      },
      async () => {
        const ms = await saveRound();
        if (round >= 0) save.push(ms);
        line += ` docker save ${ms.toFixed(0)} ms,`;
      },
    ];
    for (const turn of round % 2 === 0 ? turns : [...turns].reverse()) await turn();
    console.log(`  ${round < 0 ? 'warm-up' : `round ${round + 1}`}:${line.slice(0, -1)}`);
  }
  const seconds = median(berth) / 1000;
  const ratio = median(berth) / median(save);
  console.log(`p50: berth ${median(berth).toFixed(0)} ms, docker save ${median(save).toFixed(0)} ms`);
  console.log(`layers: files=${files} seconds=${seconds.toFixed(2)} ratio_to_save=${ratio.toFixed(2)} rss_peak_mb=${rssPeakMb.toFixed(1)}`);
}
