// Builds the bench page (test/bench/page) with Vite, the same bundler and target as the extension.
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
    // Vite's info lines go to stdout, which --json keeps for the result alone.
    logLevel: 'warn',
    build: {
      outDir: PAGE_DIST,
      emptyOutDir: true,
      modulePreload: false,
      target: 'chrome120',
      sourcemap: false,
      reportCompressedSize: false,
    },
  });
  return PAGE_DIST;
}
