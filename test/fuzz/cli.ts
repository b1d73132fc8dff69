// `npm run fuzz -- --count 200000 --seed N`: a longer fuzz run than `npm test`'s, for developers.
import { runFuzz } from './run-fuzz.js';
import { summaryLine } from './summary.js';

const args = process.argv.slice(2);
const value = (flag: string, fallback: number) => {
  const index = args.indexOf(flag);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const count = value('--count', 10_000);
const seed = value('--seed', Date.now() % 1_000_000);
console.log(`fuzz: seed=${seed} count=${count}`);
const result = await runFuzz({ count, seed, log: (line) => console.log(line) });
for (const line of result.badAnswers.slice(0, 50)) console.log(`bad answer: ${line}`);
for (const line of result.engineChanges) console.log(`engine changed: ${line}`);
console.log(summaryLine(result));
process.exit(result.crashes || result.unanswered || result.badAnswers.length || result.engineChanges.length ? 1 : 0);
