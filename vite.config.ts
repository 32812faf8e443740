import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/** Copies the root manifest.json into dist/, so dist/ loads unpacked as it is. */
function manifest(): Plugin {
  return {
    name: 'extension-manifest',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: readFileSync(resolve(root, 'manifest.json'), 'utf8') });
    },
  };
}

export default defineConfig({
  root: resolve(root, 'extension'),
  base: './',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [manifest()],
  // The dashboard worker is an ES module importing shared chunks, like the pages.
  worker: { format: 'es' },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    modulePreload: false,
    target: 'chrome120',
    sourcemap: true,
    rolldownOptions: {
      input: {
        popup: resolve(root, 'extension/popup/index.html'),
        sidepanel: resolve(root, 'extension/sidepanel/index.html'),
        background: resolve(root, 'extension/background.ts'),
      },
      output: {
        // The manifest names the worker, so its file name must not carry a hash.
        entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
