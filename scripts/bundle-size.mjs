// The renderer's JavaScript as Vite built it (dist/renderer, from its manifest): what a window loads before its
// first page can show (the entry chunk and everything it imports statically), and all of it, gzipped.
// `node scripts/bundle-size.mjs --check` fails when the initial JS is over the budget (npm test runs it after
// the build); without --check it prints the figures.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Initial JS may be at most this much, gzipped (issue 11: a window must be usable long before every page is loaded). */
export const INITIAL_JS_BUDGET_KB = 250;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'renderer');

/** The chunk files a page load fetches before running: the entries and their static imports, transitively. */
export function initialFiles(manifest) {
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].filter((file) => file.endsWith('.js'));
}

const gzipKb = (files) => files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(outDir, file))).length, 0) / 1024;

export function measure() {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const initial = initialFiles(manifest);
  const all = fs.readdirSync(path.join(outDir, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`);
  return { initialKb: gzipKb(initial), totalKb: gzipKb(all), initialFiles: initial.length, files: all.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { initialKb, totalKb, initialFiles: count, files } = measure();
  console.log(`renderer JS: initial ${initialKb.toFixed(1)} KB gzip (${count} files, budget ${INITIAL_JS_BUDGET_KB} KB), total ${totalKb.toFixed(1)} KB gzip (${files} files)`);
  if (process.argv.includes('--check') && initialKb > INITIAL_JS_BUDGET_KB) {
    console.error(`The initial JS is over its budget: load more of it on demand (React.lazy, import()).`);
    process.exit(1);
  }
}
