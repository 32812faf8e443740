// Builds the bench pages (test/bench/page) with Vite, the same bundler, target and JSX/worker settings as the
// extension (vite.config.ts): index.html (the measurements' functions) and sidepanel.html (the real side panel).
import { resolve } from 'node:path';
import { build } from 'vite';

export const PAGE_ROOT = resolve(import.meta.dirname, 'page');
export const PAGE_DIST = resolve(import.meta.dirname, '../../.cache/bench-dist');

export async function buildBenchPage(): Promise<string> {
  await build({
    configFile: false,
    root: PAGE_ROOT,
    base: './',
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    worker: { format: 'es' },
    // Vite's info lines go to stdout, which --json keeps for the result alone.
    logLevel: 'warn',
    build: {
      outDir: PAGE_DIST,
      emptyOutDir: true,
      modulePreload: false,
      target: 'chrome120',
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { index: resolve(PAGE_ROOT, 'index.html'), sidepanel: resolve(PAGE_ROOT, 'sidepanel.html') },
      },
    },
  });
  return PAGE_DIST;
}
