// `npm test -- lint` runs this: the value imports among the .ts/.tsx files of the renderer, shared/ and electron/
// must form no circle (a module in a circle can run before what it imports is defined). Prints the first circle
// found in each folder and exits 1, or says how many modules it read.
import path from 'node:path';
import { findCircle, importGraph } from '../test/support/import-graph.js';

const root = path.resolve(import.meta.dirname, '..');
let failed = false;
for (const folder of ['renderer/src', 'shared', 'electron']) {
  const graph = importGraph(path.join(root, folder));
  const circle = findCircle(graph);
  if (circle) {
    failed = true;
    console.error(`import circle in ${folder}: ${circle.map((file) => path.relative(root, file)).join(' -> ')}`);
  } else console.log(`${folder}: ${graph.size} modules, no import circle`);
}
process.exit(failed ? 1 : 0);
