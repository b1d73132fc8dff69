import type { FuzzResult } from './run-fuzz.js';

/** The one line a fuzz run ends with (the bench and `npm run fuzz` print it). */
export function summaryLine(result: FuzzResult): string {
  const mb = (value: number) => value.toFixed(1);
  return `fuzz: frames=${result.frames} crashes=${result.crashes} unanswered=${result.unanswered} rss_start_mb=${mb(result.rssStartMb)} rss_peak_mb=${mb(result.rssPeakMb)} rss_after_mb=${mb(result.rssAfterMb)}`;
}
