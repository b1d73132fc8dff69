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
    chunkSizeWarningLimit: 2000,
  },
});
