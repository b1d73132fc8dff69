// Builds what both shells run: the renderer (Vite) and the main-side bundles (esbuild).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];

if (only !== 'main') {
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: path.join(root, 'renderer'),
    stdio: 'inherit',
  });
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Dependencies stay in node_modules (electron-builder packs them); electron is provided at run time.
  packages: 'external',
};

await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'electron/web/main.ts')], outfile: path.join(root, 'dist/electron/web.cjs') }),
  build({ ...common, entryPoints: [path.join(root, 'electron/shell/main.ts')], outfile: path.join(root, 'dist/electron/main.cjs') }),
  // A sandboxed preload cannot require node_modules: bundle everything but electron itself.
  build({
    ...common,
    packages: undefined,
    external: ['electron'],
    entryPoints: [path.join(root, 'electron/shell/preload.ts')],
    outfile: path.join(root, 'dist/electron/preload.cjs'),
  }),
]);
