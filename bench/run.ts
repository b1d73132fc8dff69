// `npm run bench -- NAME`: runs bench/NAME.ts, which prints its numbers and ends with one result line.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';

const name = process.argv[2];
const available = fs
  .readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.startsWith('support'))
  .map((file) => file.replace(/\.ts$/, ''));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}>`);
  process.exit(2);
}
const module = (await import(pathToFileURL(path.join(import.meta.dirname, `${name}.ts`)).href)) as { run(): Promise<void> };
await module.run();
