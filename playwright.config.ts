import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive the built renderer in browser mode. There is no global webServer: each
 * test starts its own `uniondesk serve` on a fresh data folder (tests/e2e/fixtures.ts), so run
 * `npx electron-vite build` first (npm run test:e2e does).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts/,
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  // One retry on CI only, and the list reporter still names such a test "flaky". Not yet fixed at its cause
  // (issue 14 stays open for it): under two parallel workers a FormModal submit is occasionally not acted on —
  // seen once in ledger-review's 红字冲销 dialog on the merged tree, which passes alone.
  retries: process.env.CI ? 1 : 0,
  // The build machines are shared; under load a click-to-reload round trip can exceed 5 s.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    // Recording traces doubles the run time; pass --trace on when a failure needs one.
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-features=Translate',
      ],
    },
  },
})
