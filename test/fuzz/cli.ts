// `npm run fuzz -- --count 200000 --seed N`: a longer fuzz run than `npm test`'s, for developers.
import { runFuzz } from './run-fuzz.js';
import { fuzzFailures, summaryLine } from './summary.js';

const args = process.argv.slice(2);
const value = (flag: string, fallback: number) => {
  const index = args.indexOf(flag);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const count = value('--count', 10_000);
const seed = value('--seed', Date.now() % 1_000_000);
console.log(`fuzz: seed=${seed} count=${count}`);
const started = Date.now();
const result = await runFuzz({ count, seed, log: (line) => console.log(line) });
const accepted = [...result.acceptedMutations].sort();
const acceptedCount = accepted.reduce((sum, [, times]) => sum + times, 0);
// Not failures (a missing optional field is still valid): listed so that loose schemas show.
console.log(`fuzz: ${acceptedCount} mutated inputs were still valid and went as input 42 instead: ${accepted.map(([key, times]) => `${key} ×${times}`).join(', ')}`);
const failures = fuzzFailures(result);
for (const line of failures.slice(0, 100)) console.log(line);
console.log(`fuzz: ${result.sweepFrames} of the frames were the sweep; ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(summaryLine(result));
process.exit(failures.length ? 1 : 0);
