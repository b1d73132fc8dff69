import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { findCircle, importGraph } from '../support/import-graph.js';

const rendererSrc = path.resolve(import.meta.dirname, '..', '..', 'renderer', 'src');

/** A folder of tiny modules, for the checker itself. */
function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-imports-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('the renderer import graph', () => {
  test('has no circles: every module can be loaded before the ones that import it', () => {
    const graph = importGraph(rendererSrc);
    assert.ok(graph.size > 100, `read the renderer's modules (${graph.size})`);
    const circle = findCircle(graph);
    assert.equal(circle, null, `import circle: ${circle?.map((file) => path.relative(rendererSrc, file)).join(' -> ')}`);
  });

  test('the check finds a circle through an index file, and ignores type-only and lazy imports', () => {
    const circular = tree({
      'a.ts': "import { b } from './b';\nexport const a = b;",
      'b/index.ts': "export { b } from './b';",
      'b/b.ts': "import { a } from '../a';\nexport const b = () => a;",
    });
    assert.deepEqual(findCircle(importGraph(circular))?.map((file) => path.relative(circular, file)), ['a.ts', 'b/index.ts', 'b/b.ts', 'a.ts']);
    const fine = tree({
      'a.tsx': "import type { B } from './b';\nimport { type C } from './c';\nexport const a = () => import('./b');\nexport type A = B | C;",
      'b.ts': "import { a } from './a';\nexport type B = typeof a;",
      'c.ts': "import { a } from './a';\nexport type C = typeof a;",
    });
    assert.equal(findCircle(importGraph(fine)), null);
  });
});

describe('the renderer layers (eslint berth/layers)', () => {
  const root = path.resolve(import.meta.dirname, '..', '..');
  async function problems(file: string, text: string): Promise<string[]> {
    const { ESLint } = await import('eslint');
    const [result] = await new ESLint({ cwd: root }).lintText(text, { filePath: path.join(root, 'renderer', 'src', file) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'berth/layers').map((m) => m.message);
  }

  test('lib, api and components never import features or app', async () => {
    assert.match((await problems('lib/x.ts', "export { ContainersPage } from '../features/containers';\n"))[0] ?? '', /lib\/ must not import features\//);
    assert.match((await problems('api/x.ts', "import { App } from '../app/App';\nexport const a = App;\n"))[0] ?? '', /api\/ must not import app\//);
    assert.match((await problems('components/x.ts', "export const a = () => import('../features/images');\n"))[0] ?? '', /components\/ must not import features\//);
  });

  test('features meet only through index.ts; inside a feature anything goes', async () => {
    assert.match((await problems('features/images/x.ts', "export { TagsView } from '../registries/TagsView';\n"))[0] ?? '', /through its index\.ts/);
    assert.deepEqual(await problems('features/images/x.ts', "export { LoginDialog } from '../registries';\nexport { ImagesPage } from './index';\nexport { formatBytes } from '../../lib/bytes';\n"), []);
    assert.deepEqual(await problems('app/x.ts', "export { ImagesPage } from '../features/images/index';\n"), []);
  });
});
