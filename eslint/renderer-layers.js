// The renderer's layers, in the spirit of VS Code's layering rule: each layer imports only the ones below it.
//   lib < api < components < features < app
// lib: plain helpers; api: the client, its hooks and the live cache; components: the UI kit; features: one folder
// per resource, each opened to the others only through its index.ts; app: the shell, the one place that knows
// every page. Imports are checked by the file they resolve to, so `../../x` cannot slip past by its spelling.
import path from 'node:path';

const ORDER = ['lib', 'api', 'components', 'features', 'app'];

/** The layer of a file under renderer/src, with the feature's name for features. */
function placeOf(file, srcRoot) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..')) return null;
  const [top, feature] = relative.split(path.sep);
  if (top === 'features') return { layer: 'features', feature };
  if (ORDER.includes(top)) return { layer: top };
  return { layer: 'root' }; // main.tsx: the entry, above everything
}

/** Whether a resolved import (without extension) names a feature's public face: its folder or its index. */
function isFeatureIndex(target, srcRoot, feature) {
  const base = path.join(srcRoot, 'features', feature);
  return target === base || target === path.join(base, 'index');
}

export default {
  rules: {
    layers: {
      meta: {
        type: 'problem',
        docs: { description: 'Renderer layers: lib < api < components < features < app; features meet only through index.ts.' },
        schema: [],
      },
      create(context) {
        const file = context.filename;
        const srcRoot = path.join(context.cwd, 'renderer', 'src');
        const from = placeOf(file, srcRoot);
        if (!from) return {};
        const check = (node) => {
          const source = node.source;
          if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
          const target = path.resolve(path.dirname(file), source.value).replace(/\.(tsx?|js)$/, '');
          const to = placeOf(target, srcRoot);
          if (!to || to.layer === 'root') return;
          const report = (message) => context.report({ node: source, message });
          if (from.layer === 'root') return;
          if (ORDER.indexOf(to.layer) > ORDER.indexOf(from.layer)) {
            return report(`${from.layer}/ must not import ${to.layer}/ (layers: ${ORDER.join(' < ')}).`);
          }
          if (to.layer === 'features' && to.feature !== from.feature && !isFeatureIndex(target, srcRoot, to.feature)) {
            return report(`Import features/${to.feature} through its index.ts; its other files are its own.`);
          }
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};
