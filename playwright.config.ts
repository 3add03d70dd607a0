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
  // A short test's budget. On the shared two-core machine (load average above 20 while eight builds run) a reload
  // of the app took over 10 s to get past 正在连接, and first-run's setup, two screenshots and that reload ran
  // past 30 s; long flows set their own (90–180 s) per file.
  timeout: 60_000,
  // No retries: a test that needs one is a bug. The last such family (a dialog action after a quick refusal) was
  // antd's motion never finishing; see docs/structure.md.
  retries: 0,
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
