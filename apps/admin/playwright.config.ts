import { freePort } from '@chiso/testing/process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './bench/chromium.ts';

// The port is chosen once: workers inherit it through the environment.

process.env.CHISO_E2E_PORT ??= String(await freePort());
const port = Number(process.env.CHISO_E2E_PORT);

/**
 * Starts the real API from its bundle (what production runs: `node dist/main.js`, a start seconds
 * shorter than under tsx), serving the console's build at /, on a throw-away embedded database
 * holding the demo data (unpacked from the tests' template by e2e/demo-data.ts). Both builds are
 * Turbo's: `pnpm e2e` (turbo.json's e2e task) makes them first, shared with the other checks that
 * need them. Debian's Chromium: never `playwright install`.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // As the unit tests (vitest.shared.ts): once more in `pnpm check`, which names what needed it.
  retries: Number(process.env.CHISO_TEST_RETRY ?? 0),
  reporter: [
    ['list'],
    ['html', { outputFolder: 'test-results/e2e-report', open: 'never' }],
    // Read by scripts/check.mjs to name a failure at the end of the log.
    ['json', { outputFile: 'test-results/e2e.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    // Recording a trace of every test (kept only for failures) cost the run a third of its CPU;
    // CHISO_E2E_TRACE=1 records them when a failure needs one. The specs attach the screenshots
    // people review themselves.
    screenshot: 'only-on-failure',
    trace: process.env.CHISO_E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: 'pnpm exec tsx e2e/demo-data.ts test-results/e2e-data && node ../api/dist/main.js',
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      CHISO_DATA_DIR: 'test-results/e2e-data',
      CHISO_EVIDENCE_DIR: 'test-results/e2e-evidence',
    },
  },
});
