import type { FuzzResult } from './run-fuzz.js';

/** The bar a fuzz run must meet (issue 10): RSS after the run within this of its start. */
export const MAX_RSS_GROWTH_MB = 50;

/** The one line a fuzz run ends with (the bench and `npm run fuzz` print it). */
export function summaryLine(result: FuzzResult): string {
  const mb = (value: number) => value.toFixed(1);
  return `fuzz: frames=${result.frames} crashes=${result.crashes} unanswered=${result.unanswered} rss_start_mb=${mb(result.rssStartMb)} rss_peak_mb=${mb(result.rssPeakMb)} rss_after_mb=${mb(result.rssAfterMb)}`;
}

/** Everything that makes a run fail, one line each; empty when it passed. */
export function fuzzFailures(result: FuzzResult): string[] {
  const growth = result.rssAfterMb - result.rssStartMb;
  return [
    ...(result.crashes ? [`the web shell exited during the run`] : []),
    ...(result.unanswered ? [`${result.unanswered} frames got no answer`] : []),
    ...result.badAnswers.map((line) => `bad answer: ${line}`),
    ...result.engineRequestsForInvalid.map((line) => `engine request for invalid input: ${line}`),
    ...result.engineChanges.map((line) => `engine changed: ${line}`),
    ...result.hostChanges.map((line) => `host changed: ${line}`),
    ...(growth > MAX_RSS_GROWTH_MB ? [`RSS after the run is ${growth.toFixed(1)} MB over its start (at most ${MAX_RSS_GROWTH_MB})`] : []),
  ];
}
