import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is plain static files: Electron loads them from disk, the web shell serves them on loopback.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Read by scripts/bundle-size.mjs, which holds the initial JS to its budget.
    manifest: true,
    // The UI text files are fetched by URL (src/i18n/i18n.ts): never inlined as data: URLs, which the CSP's
    // connect-src 'self' would refuse and which would put every language into the entry.
    assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined),
    rollupOptions: {
      // Berth's own modules do nothing when imported but define things: a feature's index.ts can re-export a
      // dialog without pulling it into every chunk that imports the index (only what is used is kept).
      treeshake: { moduleSideEffects: [{ test: /[\\/](renderer[\\/]src|shared)[\\/].*\.tsx?$/, sideEffects: false }] },
    },
  },
});
