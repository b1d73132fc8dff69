// bench/fuzz.ts: the fuzz suite's run (test/fuzz/run-fuzz.ts) as a benchmark: the built web shell against the
// test engine, the sweep and then BERTH_FUZZ_COUNT (default 10,000) messages chosen by BERTH_FUZZ_SEED (default
// 1), 1,000 streams, malformed frames and HTTP paths. Prints what failed, if anything, and ends with
// `fuzz: frames=… crashes=… unanswered=… rss_start_mb=… rss_peak_mb=… rss_after_mb=…`.
// Goal: 0 crashes, 0 unanswered, RSS after within 50 MB of the start.
import { runFuzz } from '../test/fuzz/run-fuzz.js';
import { fuzzFailures, summaryLine } from '../test/fuzz/summary.js';

export async function run(): Promise<void> {
  const count = Number(process.env.BERTH_FUZZ_COUNT ?? 10_000);
  const seed = Number(process.env.BERTH_FUZZ_SEED ?? 1);
  const started = Date.now();
  const result = await runFuzz({ count, seed, log: (line) => console.log(line) });
  for (const line of fuzzFailures(result).slice(0, 50)) console.log(line);
  console.log(`seed ${seed}, ${count} random messages after ${result.sweepFrames} of the sweep, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(summaryLine(result));
}
