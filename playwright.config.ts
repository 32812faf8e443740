import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with dist/ loaded (test/e2e/fixtures.ts); `npm run test:e2e` builds first.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
